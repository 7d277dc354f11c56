namespace Hub.Adapters.Saml2.Validation;

/// <summary>The parameters plus one "now" for every rule of one validation.</summary>
internal sealed record Saml2RuleContext(Saml2ValidationParameters Parameters, DateTimeOffset Now)
{
    public TimeSpan Skew => Parameters.ClockSkew;
}
