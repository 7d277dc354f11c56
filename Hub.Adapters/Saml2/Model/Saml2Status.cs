namespace Hub.Adapters.Saml2.Model;

/// <summary>The top-level status code and the first second-level code, if any.</summary>
internal sealed record Saml2Status(string? Code, string? SubCode)
{
    public override string ToString() => SubCode is null ? Code ?? "(none)" : $"{Code} / {SubCode}";
}
