using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Oidc.Trust;

/// <summary>A provider or brand not accredited in the CURRENT trust list is refused before sending and on return.</summary>
public sealed class ProviderAccreditationTests
{
    [Theory]
    [InlineData(EntryStatus.Suspended)]
    [InlineData(EntryStatus.Withdrawn)]
    public async Task BeginAsync_ProviderNotAccredited_IsRefusedBeforeAnythingIsSent(EntryStatus status)
    {
        using var bed = OidcTestBed.Create(providers: b => [b.Provider(OidcTestBed.ProviderId, discovery: true, status: status)]);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.NotAccredited, AdapterErrorKind.NotAccredited);
        Assert.Empty(bed.Server.LogEntries);
    }

    [Fact]
    public async Task BeginAsync_UnknownProvider_IsRefused()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(providerId: "no-such-provider"), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.NotAccredited, AdapterErrorKind.NotAccredited);
    }

    [Fact]
    public async Task BeginAsync_SuspendedBrand_IsRefused()
    {
        using var bed = OidcTestBed.Create(providers: b =>
            [b.Provider(OidcTestBed.ProviderId, brands: [TestTrustList.Brand("sakai-d", EntryStatus.Suspended)])]);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(brandId: "sakai-d"), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.NotAccredited, AdapterErrorKind.NotAccredited);
    }

    [Fact]
    public async Task BeginAsync_BrandOfAnotherProvider_IsRefused()
    {
        using var bed = OidcTestBed.Create(providers: b =>
        [
            b.Provider(OidcTestBed.ProviderId),
            b.Provider("aizu-plus", brands: [TestTrustList.Brand("aizu-brand")]),
        ]);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(brandId: "aizu-brand"), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.NotAccredited, AdapterErrorKind.NotAccredited);
    }

    [Fact]
    public async Task BeginAsync_AccreditedBrand_IsAccepted()
    {
        using var bed = OidcTestBed.Create(providers: b =>
            [b.Provider(OidcTestBed.ProviderId, brands: [TestTrustList.Brand("sakai-d")])]);

        var pending = await bed.BeginAsync(brandId: "sakai-d");

        Assert.Equal("sakai-d", pending.BrandId);
    }

    [Fact]
    public async Task BeginAsync_SamlProvider_IsRejectedAsNotOidc()
    {
        using var bed = OidcTestBed.Create(providers: b =>
            [b.Provider(OidcTestBed.ProviderId) with { Protocol = ProviderProtocol.Saml2, Oidc = null }]);

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.NotOidcProvider);
    }

    [Fact]
    public async Task BeginAsync_NoTrustListLoaded_IsUnavailable()
    {
        using var bed = OidcTestBed.Create();
        bed.TrustList.Current = null;

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        AdapterAssert.Fails(result, OidcErrorCodes.TrustListUnavailable, AdapterErrorKind.Unavailable);
    }

    [Fact]
    public async Task CompleteAsync_ProviderSuspendedWhileThePersonWasAway_IsRefusedWithoutRedeemingTheCode()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending));
        bed.TrustList.Current = TestTrustList.Snapshot(bed.Provider(OidcTestBed.ProviderId, status: EntryStatus.Suspended));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.NotAccredited, AdapterErrorKind.NotAccredited);
        Assert.Equal(0, bed.CallsTo($"/{OidcTestBed.ProviderId}/token"));
    }

    [Fact]
    public async Task CompleteAsync_BrandSuspendedWhileThePersonWasAway_IsRefused()
    {
        using var bed = OidcTestBed.Create(providers: b =>
            [b.Provider(OidcTestBed.ProviderId, brands: [TestTrustList.Brand("sakai-d")])]);
        var pending = await bed.BeginAsync(brandId: "sakai-d");
        bed.TrustList.Current = TestTrustList.Snapshot(
            bed.Provider(OidcTestBed.ProviderId, brands: [TestTrustList.Brand("sakai-d", EntryStatus.Withdrawn)]));

        var result = await bed.CompleteAsync(pending);

        AdapterAssert.Fails(result, OidcErrorCodes.NotAccredited, AdapterErrorKind.NotAccredited);
    }
}
