using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Saas.DevIdentity.Login;

// Server-rendered login page. Element ids (kc-form-login, username, password, kc-login, input-error)
// are the ones of Keycloak's own login theme, so browser tests run unchanged against both servers.
public static class LoginPage
{
    // Keeps Vietnamese letters readable in the HTML instead of numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string action, string returnUrl, string antiforgeryField, string antiforgeryToken, string? username, string? error)
    {
        var errorBlock = error is null
            ? ""
            : $"""<div class="alert" role="alert"><span id="input-error" aria-live="polite">{Encoder.Encode(error)}</span></div>""";
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Đăng nhập - Tỉnh Thanh Hóa</title>
              <style>
                body { font-family: system-ui, sans-serif; background: #f3f4f6; display: flex; justify-content: center; padding-top: 10vh; margin: 0; }
                main { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); width: 22rem; }
                h1 { font-size: 1.4rem; margin-top: 0; }
                label { display: block; margin: 1rem 0 .3rem; }
                input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .5rem; }
                button { margin-top: 1.5rem; width: 100%; padding: .6rem; background: #b91c1c; color: #fff; border: 0; border-radius: 4px; font-size: 1rem; }
                .alert { background: #fee2e2; color: #991b1b; padding: .6rem; border-radius: 4px; }
                .dev { color: #6b7280; font-size: .8rem; margin-top: 1rem; }
              </style>
            </head>
            <body>
            <main>
              <h1 id="kc-page-title">Đăng nhập</h1>
              {{errorBlock}}
              <form id="kc-form-login" method="post" action="{{Encoder.Encode(action)}}">
                <input type="hidden" name="{{Encoder.Encode(antiforgeryField)}}" value="{{Encoder.Encode(antiforgeryToken)}}">
                <input type="hidden" name="returnUrl" value="{{Encoder.Encode(returnUrl)}}">
                <label for="username">Tên đăng nhập</label>
                <input id="username" name="username" type="text" autocomplete="username" autofocus value="{{Encoder.Encode(username ?? "")}}">
                <label for="password">Mật khẩu</label>
                <input id="password" name="password" type="password" autocomplete="current-password">
                <button id="kc-login" name="login" type="submit">Đăng nhập</button>
              </form>
              <p class="dev">Máy chủ định danh dùng cho môi trường phát triển.</p>
            </main>
            </body>
            </html>
            """;
    }

    public static string LoggedOut() => """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Đăng xuất</title></head>
        <body><main><h1 id="kc-page-title">Bạn đã đăng xuất</h1></main></body></html>
        """;
}
