using Hub.TrustList.Model;
using Sandbox.Providers.Oidc;

namespace Sandbox.Providers.Mydoor;

/// <summary>mydoor OSAKA ID test residents (demo only; docs/sandbox.md lists them).</summary>
public static class MydoorResidents
{
    /// <summary>An Osaka City resident over 65 proofed with the My Number Card: level B.</summary>
    public static OidcResident Ichiro { get; } = new(
        "ichiro", "ichiro-demo", "md-8f2e6c1a-4b7d-4e09-a3c5-271004000001", MydoorClaims.AcrMyNumberCard, ["sc", "pin", "mfa"],
        LevelOfAssurance.B, "大阪 一郎 (271004)", new Dictionary<string, object>
        {
            [MydoorClaims.Name] = "大阪 一郎",
            [MydoorClaims.Kana] = "ｵｵｻｶ ｲﾁﾛｳ",
            [MydoorClaims.Birthday] = "1950/07/20",
            [MydoorClaims.Sex] = "男",
            [MydoorClaims.Address] = Address("大阪府", "大阪市北区", "中之島1-3-20", "530-8201"),
            [MydoorClaims.LgCode] = "271004",
            [MydoorClaims.Email] = "ichiro@example.jp",
            [MydoorClaims.EmailVerified] = true,
        });

    /// <summary>A Sakai City resident (the SakaI-D brand) proofed with the My Number Card: level B.</summary>
    public static OidcResident Hanako { get; } = new(
        "hanako", "hanako-demo", "md-3d91b0e4-77a2-4c6f-9e18-271403000002", MydoorClaims.AcrMyNumberCard, ["sc", "pin", "mfa"],
        LevelOfAssurance.B, "堺 花子 (271403, SakaI-D)", new Dictionary<string, object>
        {
            [MydoorClaims.Name] = "堺 花子",
            [MydoorClaims.Kana] = "ｻｶｲ ﾊﾅｺ",
            [MydoorClaims.Birthday] = "1988/07/07",
            [MydoorClaims.Sex] = "女",
            [MydoorClaims.Address] = Address("大阪府", "堺市堺区", "南瓦町3-1", "590-0078"),
            [MydoorClaims.LgCode] = "271403",
            [MydoorClaims.Email] = "hanako@example.jp",
            [MydoorClaims.EmailVerified] = true,
        });

    /// <summary>A resident registered by e-mail only: level C, nothing but the address.</summary>
    public static OidcResident Jiro { get; } = new(
        "jiro", "jiro-demo", "md-c07a5f39-1e4b-4d2a-8b66-000000000003", MydoorClaims.AcrEmail, ["pwd"],
        LevelOfAssurance.C, "e-mail only", new Dictionary<string, object>
        {
            [MydoorClaims.Email] = "jiro@example.jp",
            [MydoorClaims.EmailVerified] = true,
        });

    public static IReadOnlyList<OidcResident> All { get; } = [Ichiro, Hanako, Jiro];

    private static IReadOnlyDictionary<string, string> Address(string region, string locality, string street, string postalCode) =>
        new Dictionary<string, string>
        {
            ["region"] = region, ["locality"] = locality, ["street_address"] = street, ["postal_code"] = postalCode,
        };
}
