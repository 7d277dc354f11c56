using Hub.Gateway.Flow;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;

namespace Hub.Gateway.Tests.Flow;

public sealed class FlowBrowserBindingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider _protection = new();

    private FlowBrowserBinding Binding(string issuer = "http://localhost:5080/")
        => new(_protection, _time, Options.Create(new FlowOptions()), Options.Create(new HubOpenIdProviderOptions { Issuer = new Uri(issuer) }));

    [Fact]
    public void Matches_TheBoundFlow_True()
    {
        var request = Carry(Bind(Binding(), "flow-1"));

        Assert.True(Binding().Matches(request, "flow-1"));
        Assert.True(Binding().CarriesAny(request));
    }

    [Fact]
    public void Matches_AnotherFlow_False() => Assert.False(Binding().Matches(Carry(Bind(Binding(), "flow-1")), "flow-2"));

    [Fact]
    public void Matches_NoCookie_False() => Assert.False(Binding().Matches(new DefaultHttpContext(), "flow-1"));

    [Fact]
    public void Matches_AfterTheFlowLifetime_False()
    {
        var request = Carry(Bind(Binding(), "flow-1"));
        _time.Advance(new FlowOptions().Lifetime);

        Assert.False(Binding().Matches(request, "flow-1"));
    }

    [Fact]
    public void Matches_TamperedCookie_False()
    {
        var cookie = Bind(Binding(), "flow-1");
        var request = Carry(cookie with { Value = cookie.Value[..^4] + "AAAA" });

        Assert.False(Binding().Matches(request, "flow-1"));
    }

    [Fact]
    public void Matches_CookieOfAnotherFlowCopiedUnderThisFlowsName_False()
    {
        var other = Bind(Binding(), "flow-2");
        var own = Bind(Binding(), "flow-1");

        Assert.False(Binding().Matches(Carry(own with { Value = other.Value }), "flow-1"));
    }

    [Theory]
    [InlineData("http://localhost:5080/", false)]
    [InlineData("https://hub.example.jp/", true)]
    public void Bind_Issuer_SecureUnlessPlainHttpLoopback(string issuer, bool secure)
    {
        var context = new DefaultHttpContext();
        Binding(issuer).Bind(context, "flow-1");

        var header = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        Assert.Equal(secure, header.Secure);
        Assert.True(header.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, header.SameSite);
    }

    private static (string Name, string Value) Bind(FlowBrowserBinding binding, string flowId)
    {
        var context = new DefaultHttpContext();
        binding.Bind(context, flowId);
        var header = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        return (header.Name.ToString(), header.Value.ToString());
    }

    private static DefaultHttpContext Carry((string Name, string Value) cookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{cookie.Name}={cookie.Value}";
        return context;
    }
}
