using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Streaming;
using Hub.TrustList.Validation;
using static Hub.TrustList.Serialization.Reading.JsonValues;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The top-level object, as a <see cref="RootWalker"/> reports it: the small members, then each provider and RP as
/// its bytes come through the window. Offsets of errors are made absolute here. With <paramref name="checks"/>, each
/// RP goes through the rules' RP checks as soon as it is read, while it is still in the CPU cache.
/// </summary>
internal sealed class DocumentReader(ReadContext context, RelyingPartyChecks? checks = null) : RootVisitor
{
    private string? _format, _signature;
    private long? _sequence;
    private DateTimeOffset? _issuedAt, _nextUpdate;
    private Issuer? _issuer;
    private List<IdentityProviderEntry>? _providers;
    private List<RelyingPartyEntry>? _relyingParties;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool Member(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset)
    {
        context.Enter(input, inputOffset);
        try
        {
            switch (name)
            {
                case "format": _format = String(ref reader); break;
                case "sequence": _sequence = Int64(ref reader); break;
                case "issued_at": _issuedAt = Instant(ref reader); break;
                case "next_update": _nextUpdate = Instant(ref reader); break;
                case "issuer": _issuer = IssuerReader.Read(ref reader, context); break;
                case "signature": _signature = OptionalString(ref reader); break;
                case "identity_providers" or "relying_parties": throw Expected(ref reader, "an array");
                default: throw new ReadException(reader.TokenStartIndex, $"'{name}' is not a member of the schema (a list with unknown members is refused).");
            }
        }
        catch (ReadException e)
        {
            throw new ReadException(inputOffset + e.Offset, e.Message);
        }
        return true;
    }

    public override void ArrayStart(string name, long offset)
    {
        switch (name)
        {
            case "identity_providers": _providers = []; break;
            case "relying_parties": _relyingParties = []; break;
            case "format" or "sequence" or "issued_at" or "next_update" or "issuer" or "signature":
                throw new ReadException(offset, "expected a single value, found an array.");
            default: throw new ReadException(offset, $"'{name}' is not a member of the schema (a list with unknown members is refused).");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool Element(string name, ref Utf8JsonReader reader, ReadOnlyMemory<byte> input, long inputOffset)
    {
        context.Enter(input, inputOffset);
        var findings = context.StatusFindings.Count;
        try
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new ReadException(reader.TokenStartIndex, "a list element is null.");
            }
            if (name == "identity_providers")
            {
                _providers!.Add(IdentityProviderReader.Read(ref reader, context));
            }
            else
            {
                var relyingParty = RelyingPartyReader.Read(ref reader, context);
                _relyingParties!.Add(relyingParty);
                Check(relyingParty);
            }
        }
        catch (ReadException e)
        {
            throw new ReadException(inputOffset + e.Offset, e.Message);
        }
        catch (NeedMoreDataException)
        {
            // The element is read again with more bytes: forget what its brands reported this time.
            context.StatusFindings.RemoveRange(findings, context.StatusFindings.Count - findings);
            throw;
        }
        return true;
    }

    public override void ArrayEnd(string name, long endOffset)
    {
    }

    private void Check(RelyingPartyEntry relyingParty)
    {
        if (checks is null)
        {
            return;
        }
        if (_issuedAt is { } issuedAt)
        {
            checks.Check(relyingParty, issuedAt);
        }
        else
        {
            checks.Missed();
        }
    }

    /// <summary>The document, once the walk is over; a missing member is reported at the top-level object.</summary>
    public TrustListDocument Build() => new(
        Required(_format, 0, "format"),
        Required(_sequence, 0, "sequence"),
        Required(_issuedAt, 0, "issued_at"),
        Required(_nextUpdate, 0, "next_update"),
        Required(_issuer, 0, "issuer"),
        Required(_providers, 0, "identity_providers").ToArray(),
        Required(_relyingParties, 0, "relying_parties").ToArray(),
        _signature);
}
