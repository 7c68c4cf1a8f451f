namespace Saas.Platform.Demo;

/// <summary>Vietnamese personal names for demo people (staff, signers, citizens). Demo data only, never real people.</summary>
public static class DemoNames
{
    public static readonly string[] FamilyNames =
        ["Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Ngô", "Đặng", "Trịnh", "Mai", "Lương", "Hà", "Lò", "Cầm", "Phạm", "Nguyễn", "Lê"];

    public static readonly string[] MiddleNamesMale = ["Văn", "Đức", "Minh", "Xuân", "Hữu", "Quang", "Đình", "Ngọc", "Thanh", "Trọng"];

    public static readonly string[] MiddleNamesFemale = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương"];

    public static readonly string[] GivenNamesMale = ["Hùng", "Sơn", "Hải", "Tuấn", "Dũng", "Thắng", "Nam", "Long", "Bình", "Phúc", "Quyết", "Cường", "Trung", "Khánh", "Việt", "Đạt"];

    public static readonly string[] GivenNamesFemale = ["Lan", "Hoa", "Hương", "Mai", "Thu", "Hà", "Linh", "Trang", "Huyền", "Nga", "Yến", "Thảo", "Hằng", "Liên"];

    public static string RandomName(Random r)
    {
        var female = r.Next(2) == 0;
        return female
            ? $"{Pick(r, FamilyNames)} {Pick(r, MiddleNamesFemale)} {Pick(r, GivenNamesFemale)}"
            : $"{Pick(r, FamilyNames)} {Pick(r, MiddleNamesMale)} {Pick(r, GivenNamesMale)}";
    }

    public static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];
}
