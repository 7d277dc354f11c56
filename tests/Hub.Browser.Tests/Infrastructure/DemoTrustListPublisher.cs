using System.Text.Json;
using Hub.Gateway.Demo;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Browser.Tests.Infrastructure;

/// <summary>
/// Plays the coordinator for the demo federation: changes its trust list (a suspension, a lower level, a provider
/// endpoint), signs it again with the demo coordinator key and has the hub load it at once, as a release would.
/// </summary>
public sealed class DemoTrustListPublisher(DemoFederation demo)
{
    private readonly byte[] _original = File.ReadAllBytes(demo.TrustListPath);

    public async Task PublishAsync(Func<TrustListDocument, TrustListDocument> change)
    {
        var current = JsonSerializer.Deserialize<TrustListDocument>(await File.ReadAllBytesAsync(demo.TrustListPath), TrustListJson.Options)!;
        var original = JsonSerializer.Deserialize<TrustListDocument>(_original, TrustListJson.Options)!;
        // A release always has a higher sequence than the one the hub holds (the loader refuses a rollback).
        var changed = change(original) with { Sequence = current.Sequence + 1, Signature = null };
        var root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository.");
        var key = SigningKey.FromJwk(await File.ReadAllTextAsync(DemoKeys.Path(root, DemoKeys.CoordinatorPrivate)));
        await File.WriteAllBytesAsync(demo.TrustListPath,
            DemoTrustListResigner.ResignFresh(JsonSerializer.SerializeToUtf8Bytes(changed, TrustListJson.Options), key, TimeProvider.System));
        var loaded = await demo.Hub.Services.GetRequiredService<TrustListLoader>().RefreshAsync();
        Assert.True(loaded.IsSuccess, loaded.Error?.ToString());
    }

    /// <summary>Publishes the list as it was at the start again (with a newer sequence).</summary>
    public Task RestoreAsync() => PublishAsync(d => d);

    public static Func<TrustListDocument, TrustListDocument> Provider(string id, Func<IdentityProviderEntry, IdentityProviderEntry> change)
        => d => d with { IdentityProviders = [.. d.IdentityProviders.Select(p => p.Id == id ? change(p) : p)] };

    public static Func<TrustListDocument, TrustListDocument> SuspendProvider(string id) => Provider(id, p => p with
    {
        StatusHistory = [.. p.StatusHistory, new StatusChange(EntryStatus.Suspended, DateTimeOffset.UtcNow.AddMinutes(-1), "一時停止（テスト） / suspended for a test")],
    });
}
