using Hub.TrustList.Model;
using Sandbox.Providers.Oidc;

namespace Sandbox.Providers.Aizu;

/// <summary>Aizuwakamatsu+ ID test residents (demo only; docs/sandbox.md lists them).</summary>
public static class AizuResidents
{
    /// <summary>Registered by e-mail only: level C, nothing but the e-mail address.</summary>
    public static OidcResident Tsuruga { get; } = new(
        "tsuruga", "tsuruga-demo", "aizu-0b6f2d7e9c41", AizuClaims.AcrEmail, ["pwd"],
        LevelOfAssurance.C, "e-mail only", new Dictionary<string, object>
        {
            ["email"] = "tsuruga@example.jp",
            ["email_verified"] = true,
        });

    /// <summary>An Aizuwakamatsu resident proofed with the My Number Card: level B.</summary>
    public static OidcResident Yuki { get; } = new(
        "yuki", "yuki-demo", "aizu-5a13c8e2f770", AizuClaims.AcrMyNumberCard, ["sc", "pin", "mfa"],
        LevelOfAssurance.B, "若松 雪 (072028)", new Dictionary<string, object>
        {
            ["name"] = "若松 雪",
            ["family_name"] = "若松",
            ["given_name"] = "雪",
            ["family_name#ja-Kana-JP"] = "ワカマツ",
            ["given_name#ja-Kana-JP"] = "ユキ",
            ["birthdate"] = "S63.3.3",
            ["gender"] = "female",
            ["address"] = new Dictionary<string, string>
            {
                ["formatted"] = "福島県会津若松市東栄町3-46",
                ["region"] = "福島県",
                ["locality"] = "会津若松市",
                ["street_address"] = "東栄町3-46",
                ["postal_code"] = "965-8601",
            },
            ["email"] = "yuki@example.jp",
            ["email_verified"] = true,
        });

    public static IReadOnlyList<OidcResident> All { get; } = [Tsuruga, Yuki];
}
