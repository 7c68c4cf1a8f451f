namespace Saas.Web.Input;

/// <summary>The input layer's refusal as a result, so endpoint filters and handlers return it like any other.</summary>
public sealed class InputProblemResult(int status, IReadOnlyCollection<InputError> errors) : IResult
{
    public int StatusCode => status;

    public IReadOnlyCollection<InputError> Errors => errors;

    public Task ExecuteAsync(HttpContext httpContext) => InputProblem.WriteAsync(httpContext, status, errors);
}
