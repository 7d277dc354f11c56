using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Common;
using Sandbox.Providers.Aizu;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Mydoor;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>A sandbox resident who reaches level B (the Osaka service's requirement), and how the script logs them in.</summary>
public sealed record Resident(string Provider, string User, string Password, string ProviderSubject)
{
    /// <summary>Every level-B resident of the three sandbox providers.</summary>
    public static IReadOnlyList<Resident> All { get; } =
    [
        .. MebukuResidents.All.Select(r => new Resident("mebuku", r.Username, r.Password, r.UserNumber)),
        new("mydoor-osaka", MydoorResidents.Ichiro.Username, MydoorResidents.Ichiro.Password, MydoorResidents.Ichiro.Subject),
        new("mydoor-osaka", MydoorResidents.Hanako.Username, MydoorResidents.Hanako.Password, MydoorResidents.Hanako.Subject),
        new("aizu-plus", AizuResidents.Yuki.Username, AizuResidents.Yuki.Password, AizuResidents.Yuki.Subject),
    ];

    /// <summary>The script: the provider is chosen on the hub's choice page.</summary>
    public FederationLogin Login(Func<string, BrowserPage, Task>? beforeStep = null) => new()
    {
        Choice = Provider,
        User = User,
        Password = Password,
        BeforeStep = beforeStep,
    };

    /// <summary>The hub's consent key for this person, computed independently (docs/gateway.md, "The consent subject").</summary>
    public string ConsentSubject => Base64Url.Encode(HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(HubTestSettings.PairwiseSecret), Encoding.UTF8.GetBytes($"consent-subject|{Provider}|{ProviderSubject}")));
}
