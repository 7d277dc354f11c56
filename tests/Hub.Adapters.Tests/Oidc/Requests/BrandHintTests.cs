using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Model;
using System.Collections.Specialized;
using System.Web;

namespace Hub.Adapters.Tests.Oidc.Requests;

/// <summary>The outgoing authorization request tells the provider which brand the person chose (brand=sakai-d).</summary>
public sealed class BrandHintTests
{
    private const string Brand = "sakai-d";

    [Fact]
    public async Task BeginAsync_BrandChosen_SendsTheBrandParameterOnce()
    {
        using var bed = Bed();

        var query = await QueryAsync(bed, Brand);

        Assert.Equal([Brand], query.GetValues("brand") ?? []);
    }

    [Fact]
    public async Task BeginAsync_NoBrand_SendsNoBrandParameter()
    {
        using var bed = Bed();

        var query = await QueryAsync(bed, brandId: null);

        Assert.Null(query.GetValues("brand"));
        Assert.NotNull(query.GetValues("code_challenge"));
    }

    [Fact]
    public async Task BeginAsync_ProviderWithItsOwnBrandParameter_SendsItUnderThatName()
    {
        using var bed = Bed(options => options.Clients[OidcTestBed.ProviderId] = new OidcClientOptions { BrandParameter = "ui_brand" });

        var query = await QueryAsync(bed, Brand);

        Assert.Equal([Brand], query.GetValues("ui_brand") ?? []);
        Assert.Null(query.GetValues("brand"));
    }

    [Fact]
    public async Task BeginAsync_BrandParameterDisabled_SendsNone()
    {
        using var bed = Bed(options => options.Clients[OidcTestBed.ProviderId] = new OidcClientOptions { BrandParameter = "" });

        var query = await QueryAsync(bed, Brand);

        Assert.Null(query.GetValues("brand"));
    }

    private static OidcTestBed Bed(Action<OidcAdapterOptions>? configure = null)
        => OidcTestBed.Create(configure, b => [b.Provider(OidcTestBed.ProviderId, brands: [TestTrustList.Brand(Brand, EntryStatus.Accredited)])]);

    private static async Task<NameValueCollection> QueryAsync(OidcTestBed bed, string? brandId)
    {
        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(brandId: brandId), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return HttpUtility.ParseQueryString(result.Value.RedirectUrl.Query);
    }
}
