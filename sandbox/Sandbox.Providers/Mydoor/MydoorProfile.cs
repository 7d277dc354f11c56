using Hub.TrustList.Model;
using Sandbox.Providers.Html;
using Sandbox.Providers.Oidc;

namespace Sandbox.Providers.Mydoor;

/// <summary>mydoor OSAKA ID: Osaka Prefecture's OP on ORDEN, RS256, with Sakai City's SakaI-D brand.</summary>
internal static class MydoorProfile
{
    public static OidcProviderProfile Profile { get; } = new(
        "mydoor-osaka",
        "http://localhost:5082",
        "mydoor-osaka-op.private.jwk",
        "RS256",
        new BrandLook("mydoor OSAKA ID", "大阪府 / Osaka Prefecture", "#d84315"),
        new Dictionary<string, BrandLook>
        {
            [MydoorClaims.SakaiDBrand] = new("SakaI-D", "堺市 / Sakai City (mydoor OSAKA ID)", "#1565c0"),
        },
        new Dictionary<string, LevelOfAssurance>
        {
            [MydoorClaims.AcrMyNumberCard] = LevelOfAssurance.B,
            [MydoorClaims.AcrEmail] = LevelOfAssurance.C,
        },
        MydoorResidents.All,
        [
            "sub", "acr", "amr", "auth_time", MydoorClaims.Name, MydoorClaims.Kana, MydoorClaims.Birthday, MydoorClaims.Sex,
            MydoorClaims.Address, MydoorClaims.LgCode, MydoorClaims.Email, MydoorClaims.EmailVerified, MydoorClaims.Brand,
        ],
        MydoorClaims.Brand);
}
