using Hub.TrustList.Model;
using Sandbox.Providers.Html;
using Sandbox.Providers.Oidc;

namespace Sandbox.Providers.Aizu;

/// <summary>Aizuwakamatsu+ ID: the AiCT consortium's OP for Aizuwakamatsu City, ES256.</summary>
internal static class AizuProfile
{
    public static OidcProviderProfile Profile { get; } = new(
        "aizu-plus",
        "http://localhost:5083",
        "aizu-plus-op.private.jwk",
        "ES256",
        new BrandLook("会津若松＋ID", "Aizuwakamatsu+ ID", "#ad1457"),
        new Dictionary<string, BrandLook>(),
        new Dictionary<string, LevelOfAssurance>
        {
            [AizuClaims.AcrMyNumberCard] = LevelOfAssurance.B,
            [AizuClaims.AcrEmail] = LevelOfAssurance.C,
        },
        AizuResidents.All,
        [
            "sub", "acr", "amr", "auth_time", "name", "family_name", "given_name", "family_name#ja-Kana-JP", "given_name#ja-Kana-JP",
            "birthdate", "gender", "address", "email", "email_verified",
        ]);
}
