namespace Hub.Bench.Load.Flow;

/// <summary>A sandbox test resident (docs/sandbox.md) who reaches level B, and the provider hint that routes to them.</summary>
public sealed record Resident(string Protocol, string IdpHint, string User, string Password)
{
    public const string Saml = "saml";
    public const string Oidc = "oidc";

    /// <summary>The residents who can sign in at the Osaka child-care service (level B): SAML via Mebuku, OIDC via mydoor and Aizu.</summary>
    public static IReadOnlyList<Resident> All { get; } =
    [
        new(Saml, "mebuku", "taro", "taro-demo"),
        new(Saml, "mebuku", "sachiko", "sachiko-demo"),
        new(Saml, "mebuku", "akira", "akira-demo"),
        new(Saml, "mebuku", "ken", "ken-demo"),
        new(Oidc, "mydoor-osaka", "ichiro", "ichiro-demo"),
        new(Oidc, "sakai-d", "hanako", "hanako-demo"),
        new(Oidc, "aizu-plus", "yuki", "yuki-demo"),
    ];

    public static IReadOnlyList<Resident> Of(string protocol) => [.. All.Where(r => protocol == "both" || r.Protocol == protocol)];
}
