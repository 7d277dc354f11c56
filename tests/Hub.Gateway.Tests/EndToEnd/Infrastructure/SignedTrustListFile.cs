using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// A trust list file signed with a coordinator key generated for the test, whose public key the hub pins as its
/// anchor. <see cref="Publish"/> writes a new release (higher sequence), as the coordinator would.
/// </summary>
public sealed class SignedTrustListFile : IDisposable
{
    private readonly SigningKey _key;
    private readonly string _directory;
    private long _sequence;

    public SignedTrustListFile(TrustListDocument document)
    {
        var (privateJwk, publicJwk) = KeyGenerator.Generate();
        _key = SigningKey.FromJwk(privateJwk);
        AnchorJwk = publicJwk;
        _directory = Directory.CreateTempSubdirectory("hub-e2e-trustlist-").FullName;
        Path = System.IO.Path.Combine(_directory, "trustlist.json");
        _sequence = document.Sequence;
        Document = document;
        Publish(document);
    }

    public string Path { get; }

    public string AnchorJwk { get; }

    /// <summary>The document last published.</summary>
    public TrustListDocument Document { get; private set; }

    /// <summary>Signs and writes <paramref name="document"/> as the next release: fresh times, a higher sequence.</summary>
    public void Publish(TrustListDocument document)
    {
        var now = DateTimeOffset.UtcNow;
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        Document = document with
        {
            Sequence = ++_sequence,
            IssuedAt = now.AddMinutes(-1),
            NextUpdate = now.AddDays(7),
            Signature = null,
        };
        // Atomically, as a publisher must: a hub refreshing now reads the old list or the new one, never half of it.
        var next = Path + ".next";
        File.WriteAllBytes(next, TrustListSigner.Sign(Document, _key));
        File.Move(next, Path, overwrite: true);
    }

    /// <summary>The committed demo list, as the demo starts from.</summary>
    public static TrustListDocument ReadCommitted()
        => JsonSerializer.Deserialize<TrustListDocument>(File.ReadAllBytes(System.IO.Path.Combine(TestPaths.RepositoryRoot, "trustlist.json")), TrustListJson.Options)!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
