using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Saml2.Options;
using Hub.Conformance.Browser;
using Hub.Conformance.Candidates;
using Hub.Conformance.Checks;
using Hub.Conformance.Harness;
using Hub.TrustList.Common;
using Hub.TrustList.Model;

namespace Hub.Conformance.Flows;

/// <summary>
/// The logins of a run, in order: normal logins (every account, in rounds of at least two), a cancelled login, a
/// level the account cannot meet, the requests the provider must refuse, and the replay attempts.
/// </summary>
internal sealed class Scenarios(Candidate candidate, HubHarness hub, FlowRunner runner, Func<Action<Saml2SpOptions>, HubHarness> variant, ISecureRandom random)
{
    public async Task<RunEvidence> RunAsync(CancellationToken cancellationToken)
    {
        var first = candidate.Accounts[0];
        var logins = new List<LoginRecord>();
        var rounds = Math.Max(2, (candidate.TimingLogins + candidate.Accounts.Count - 1) / candidate.Accounts.Count);
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var account in candidate.Accounts)
            {
                logins.Add(await Login($"login {account} #{round}", account, LoginAction.Login, account.ExpectedLoa, cancellationToken).ConfigureAwait(false));
            }
        }
        var cancel = await Login("cancelled login", first, LoginAction.Cancel, first.ExpectedLoa, cancellationToken).ConfigureAwait(false);
        var (levelAccount, level) = UnmeetableLevel();
        var levelNotMet = levelAccount is null
            ? null
            : await Login($"level {level} for {levelAccount}", levelAccount, LoginAction.Login, level!.Value, cancellationToken).ConfigureAwait(false);
        var refusals = candidate.Protocol == ProviderProtocol.Saml2
            ? await SamlRefusalsAsync(first, cancellationToken).ConfigureAwait(false)
            : await OidcRefusalsAsync(first, cancellationToken).ConfigureAwait(false);
        if (candidate.Protocol == ProviderProtocol.Saml2)
        {
            return new RunEvidence(logins, cancel, levelNotMet, level, refusals, null, null, null);
        }
        var reuse = await Login("code reuse", first, LoginAction.Login, first.ExpectedLoa, cancellationToken).ConfigureAwait(false);
        Completion? replay = null;
        if (reuse.Attempt?.Callback is { } callback && reuse.Pending is { } pending)
        {
            replay = await FlowRunner.CompleteAsync("code reuse (same code again)", hub, callback, pending, cancellationToken).ConfigureAwait(false);
        }
        var wrongVerifier = await runner.LoginAsync(
            new LoginSpec("wrong PKCE verifier", hub, first, LoginAction.Login, first.ExpectedLoa, AlterPending: OtherVerifier), cancellationToken)
            .ConfigureAwait(false);
        return new RunEvidence(logins, cancel, levelNotMet, level, refusals, reuse, replay, wrongVerifier);
    }

    private Task<LoginRecord> Login(string label, TestAccount account, LoginAction action, LevelOfAssurance level, CancellationToken cancellationToken)
        => runner.LoginAsync(new LoginSpec(label, hub, account, action, level), cancellationToken);

    /// <summary>An account below level A, asked for one level more; preferably one the entry's maximum still allows.</summary>
    private (TestAccount? Account, LevelOfAssurance? Level) UnmeetableLevel()
    {
        var below = candidate.Accounts.Where(a => a.ExpectedLoa < LevelOfAssurance.A).ToList();
        var account = below.FirstOrDefault(a => a.ExpectedLoa < candidate.Entry.MaxLoa) ?? below.FirstOrDefault();
        return account is null ? (null, null) : (account, account.ExpectedLoa + 1);
    }

    private async Task<IReadOnlyDictionary<string, LoginRecord>> SamlRefusalsAsync(TestAccount account, CancellationToken cancellationToken)
    {
        var refusals = new Dictionary<string, LoginRecord>(StringComparer.Ordinal)
        {
            [SamlCatalogue.UnsignedRequestRefused.Id] = await runner.LoginAsync(
                new LoginSpec("unsigned AuthnRequest", hub, account, LoginAction.Login, account.ExpectedLoa, RewriteStart: UnsignedRequest.Of),
                cancellationToken).ConfigureAwait(false),
        };
        var otherAcs = new Uri(runner.Callback.AbsoluteUri.TrimEnd('/') + "/unregistered");
        using (var wrongAcs = variant(options => options.AssertionConsumerServiceUrl = otherAcs.AbsoluteUri))
        {
            refusals[SamlCatalogue.UnregisteredAcsRefused.Id] = await runner.LoginAsync(
                new LoginSpec("AuthnRequest to an unregistered ACS URL", wrongAcs, account, LoginAction.Login, account.ExpectedLoa, Target: otherAcs),
                cancellationToken).ConfigureAwait(false);
        }
        using (var unknownSp = variant(options => options.EntityId = options.EntityId.TrimEnd('/') + "/unknown-sp"))
        {
            refusals[SamlCatalogue.UnknownSpRefused.Id] = await runner.LoginAsync(
                new LoginSpec("AuthnRequest from an unknown SP", unknownSp, account, LoginAction.Login, account.ExpectedLoa),
                cancellationToken).ConfigureAwait(false);
        }
        return refusals;
    }

    private async Task<IReadOnlyDictionary<string, LoginRecord>> OidcRefusalsAsync(TestAccount account, CancellationToken cancellationToken)
    {
        var otherRedirect = new Uri(runner.Callback.AbsoluteUri.TrimEnd('/') + "/unregistered");
        return new Dictionary<string, LoginRecord>(StringComparer.Ordinal)
        {
            [OidcCatalogue.UnregisteredRedirectRefused.Id] = await runner.LoginAsync(
                new LoginSpec("unregistered redirect_uri", hub, account, LoginAction.Login, account.ExpectedLoa, CallbackUrl: otherRedirect),
                cancellationToken).ConfigureAwait(false),
        };
    }

    private PendingAuthentication OtherVerifier(PendingAuthentication pending)
    {
        var values = new Dictionary<string, string>(pending.Values, StringComparer.Ordinal)
        {
            [OidcPendingKeys.CodeVerifier] = random.NextToken(32),
        };
        return pending with { Values = values };
    }
}
