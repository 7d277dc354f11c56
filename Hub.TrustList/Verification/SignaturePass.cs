using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Common;
using Hub.TrustList.Signing;
using Hub.TrustList.Streaming;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Verification;

/// <summary>
/// The verification steps up to the signature, on the bytes (no model, no document tree): the top-level layout (which
/// checks the syntax and duplicate top-level names), the JWS header, the anchor, then the JCS form written member by
/// member into the signing-input hash (which finds duplicate names at any depth). The first pass also hashes the
/// document itself: the digest of a verified list is returned.
/// </summary>
internal static class SignaturePass
{
    public static Result<string, TrustListError> Verify(ListSource source, IReadOnlyList<TrustAnchor> anchors, int window = RootWalker.DefaultWindow)
    {
        try
        {
            var layout = LayoutScanner.Scan(source, window, digest: true);
            if (layout.Find(TrustListSigner.SignatureMember) is not { Text: { } signature })
            {
                return Fail(SignatureMissing, "The document has no 'signature' string: an unsigned list is never accepted.");
            }
            var header = DetachedJws.Parse(signature);
            if (!header.IsSuccess)
            {
                return header.Error!;
            }
            var anchor = anchors.FirstOrDefault(a => a.KeyId == header.Value.KeyId);
            if (anchor is null)
            {
                return Fail(UnknownKey, $"The list is signed with key '{header.Value.KeyId}', which is not a pinned trust anchor ({string.Join(", ", anchors.Select(a => a.KeyId))}).");
            }
            if (!anchor.Supports(header.Value.Algorithm))
            {
                return Fail(KeyAlgorithmMismatch, $"The anchor '{anchor.KeyId}' does not sign with '{header.Value.Algorithm}'.");
            }
            using var hasher = new JwsSigningInputHasher(header.Value.EncodedHeader);
            using (var values = new ListWindow(source, window))
            {
                JsonCanonicalizer.WriteRoot(layout, values, hasher, excludedRootMember: TrustListSigner.SignatureMember);
            }
            if (!anchor.VerifyHash(header.Value.Algorithm, hasher.Finish(), header.Value.Signature))
            {
                return Fail(BadSignature, $"The signature does not verify with anchor '{anchor.KeyId}': the list was altered or signed by someone else.");
            }
            if (layout.Find("next_update") is not { IsNull: false })
            {
                return Fail(NextUpdateMissing, "The list has no 'next_update': a list without an end of validity is never accepted.");
            }
            return Result<string, TrustListError>.Ok(layout.Digest!);
        }
        catch (DuplicateMemberException e)
        {
            return Fail(DuplicateMember, e.Message);
        }
        catch (JsonException e)
        {
            return Fail(MalformedJson, "The document is not valid JSON: " + e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The reader throws these for strings that are not valid UTF-8 or UTF-16 (a lone surrogate escape).
            return Fail(MalformedJson, "The document holds an invalid string: " + e.Message);
        }
        catch (IOException e)
        {
            return Fail(SourceUnavailable, "The list could not be read to the end: " + e.Message);
        }
    }

    private static TrustListError Fail(string code, string message) => new(code, message);
}
