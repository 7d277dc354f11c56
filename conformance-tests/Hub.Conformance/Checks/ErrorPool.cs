using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Saml2;
using Hub.Conformance.Flows;
using Hub.TrustList.Model;

namespace Hub.Conformance.Checks;

/// <summary>
/// The hub's unexpected rejections of a run, sorted to the check that owns each code (<see cref="ErrorOwnership"/>).
/// Normal logins contribute every rejection and every login that never came back; special flows contribute only
/// rejections that are not their expected outcome and that a specific check owns (the flow's own check judges the rest).
/// </summary>
internal sealed class ErrorPool
{
    private readonly Dictionary<string, List<string>> _owned = new(StringComparer.Ordinal);
    private readonly List<string> _residual = [];
    private readonly ProviderProtocol _protocol;

    private ErrorPool(ProviderProtocol protocol) => _protocol = protocol;

    /// <summary>Rejections no specific check owns, and logins that never reached the hub: LOGIN-01's evidence.</summary>
    public IReadOnlyList<string> Residual => _residual;

    public IReadOnlyList<string> For(CheckDefinition check) => _owned.TryGetValue(check.Id, out var lines) ? lines : [];

    public static ErrorPool Build(RunEvidence run, ProviderProtocol protocol)
    {
        var pool = new ErrorPool(protocol);
        foreach (var login in run.Logins.Append(run.CodeReuse).OfType<LoginRecord>())
        {
            if (login.Error is { } error)
            {
                pool.Add(login.Label, error);
            }
            else if (!login.ReachedHub)
            {
                pool._residual.Add(login.Describe());
            }
        }
        pool.AddUnexpected(run.Cancel, error => IsExpectedCancel(error, protocol));
        pool.AddUnexpected(run.LevelNotMet, error => IsExpectedLevelRefusal(error) || error.Code == ErrorOwnership.LevelNotMetCode);
        pool.AddUnexpected(run.WrongVerifier, IsTokenRefusal);
        if (run.CodeReplay?.Error is { } replayError && !IsTokenRefusal(replayError))
        {
            pool.AddIfOwned("code reuse (same code again)", replayError);
        }
        return pool;
    }

    /// <summary>True when a specific check (not LOGIN-01) judges this error.</summary>
    public bool IsOwned(AdapterError error) => ErrorOwnership.OwnerOf(_protocol, error) is not null;

    public static bool IsExpectedCancel(AdapterError error, ProviderProtocol protocol) => protocol == ProviderProtocol.Saml2
        ? error.Code == Saml2ErrorCodes.Status && error.Kind == AdapterErrorKind.ProviderDenied
        : error.Code == OidcErrorCodes.ProviderErrorPrefix + "access_denied";

    /// <summary>The provider's own refusal of the level (SAML NoAuthnContext, OIDC unmet_authentication_requirements).</summary>
    public static bool IsExpectedLevelRefusal(AdapterError error)
        => error.Kind == AdapterErrorKind.LevelNotMet && error.Code != ErrorOwnership.LevelNotMetCode;

    public static bool IsTokenRefusal(AdapterError error) => error.Code == OidcErrorCodes.TokenError;

    private void AddUnexpected(LoginRecord? login, Func<AdapterError, bool> expected)
    {
        if (login?.Error is { } error && !expected(error))
        {
            AddIfOwned(login.Label, error);
        }
    }

    private void AddIfOwned(string label, AdapterError error)
    {
        if (IsOwned(error))
        {
            Add(label, error);
        }
    }

    private void Add(string label, AdapterError error)
    {
        var line = $"{label}: {error.Code} ({error.Message})";
        if (ErrorOwnership.OwnerOf(_protocol, error) is { } owner)
        {
            if (!_owned.TryGetValue(owner.Id, out var lines))
            {
                _owned[owner.Id] = lines = [];
            }
            lines.Add(line);
        }
        else
        {
            _residual.Add(line);
        }
    }
}
