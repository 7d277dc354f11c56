using Hub.Adapters.Saml2;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>Every knob of the test IdP's Response. The defaults make a valid Response for <see cref="SamlTestContext"/>.</summary>
internal sealed class ResponseSpec
{
    private static int _counter;

    public ResponseSpec(DateTimeOffset now)
    {
        Now = now;
        var n = Interlocked.Increment(ref _counter);
        ResponseId = $"_response{n:D8}abcdef";
        AssertionId = $"_assertion{n:D8}abcdef";
    }

    public DateTimeOffset Now { get; }
    public string ResponseId { get; set; }
    public string AssertionId { get; set; }
    public string Issuer { get; set; } = SamlTestContext.IdpEntityId;
    public string? ResponseIssuer { get; set; } = SamlTestContext.IdpEntityId;
    public string? Destination { get; set; } = SamlTestContext.AcsUrl;
    public string? InResponseTo { get; set; } = SamlTestContext.RequestId;
    public string? ConfirmationInResponseTo { get; set; } = SamlTestContext.RequestId;
    public string? Recipient { get; set; } = SamlTestContext.AcsUrl;
    public string Audience { get; set; } = SamlTestContext.SpEntityId;
    /// <summary>Raw XML content of the NameID element (already escaped).</summary>
    public string NameIdXml { get; set; } = "mebuku-7f3c9a12e4b0";
    public string NameIdFormat { get; set; } = Saml2Constants.PersistentNameIdFormat;
    public string ConfirmationMethod { get; set; } = Saml2Constants.BearerConfirmationMethod;
    public DateTimeOffset? NotBefore { get; set; }
    public DateTimeOffset? NotOnOrAfter { get; set; }
    public DateTimeOffset? ConfirmationNotOnOrAfter { get; set; }
    public DateTimeOffset? AuthnInstant { get; set; }
    public string ClassRef { get; set; } = "urn:jp:regional-id:loa:B";
    public bool IncludeAuthnStatement { get; set; } = true;
    public string StatusCode { get; set; } = Saml2Constants.Status.Success;
    public string? SubStatusCode { get; set; }

    /// <summary>Attribute name -> raw XML contents of its AttributeValues.</summary>
    public Dictionary<string, string[]> Attributes { get; } = new()
    {
        ["urn:mebuku:attribute:name"] = ["前橋 太郎"],
        ["urn:mebuku:attribute:birthdate"] = ["平成2年1月15日"],
        ["urn:mebuku:attribute:amr"] = ["jpki", "face"],
    };
}
