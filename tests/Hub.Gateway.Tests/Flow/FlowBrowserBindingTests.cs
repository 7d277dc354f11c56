using Hub.Gateway.Flow;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;

namespace Hub.Gateway.Tests.Flow;

public sealed class FlowBrowserBindingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    private FlowBrowserBinding Binding(string issuer = "http://localhost:5080/")
        => new(SystemSecureRandom.Instance, _time, Options.Create(new FlowOptions()), Options.Create(new HubOpenIdProviderOptions { Issuer = new Uri(issuer) }));

    [Fact]
    public void Matches_TheBoundFlow_True()
    {
        var (flow, cookie) = Start("flow-1");
        var request = Carry(cookie);

        Assert.True(Binding().Matches(request, flow));
        Assert.True(Binding().CarriesAny(request));
    }

    [Fact]
    public void Matches_AnotherFlow_False()
    {
        var (_, cookie) = Start("flow-1");
        var (other, _) = Start("flow-2");

        Assert.False(Binding().Matches(Carry(cookie), other));
    }

    [Fact]
    public void Matches_NoCookie_False() => Assert.False(Binding().Matches(new DefaultHttpContext(), Start("flow-1").Flow));

    [Fact]
    public void Matches_AfterTheFlowLifetime_False()
    {
        var (flow, cookie) = Start("flow-1");
        _time.Advance(new FlowOptions().Lifetime);

        Assert.False(Binding().Matches(Carry(cookie), flow));
    }

    [Fact]
    public void Matches_TamperedCookie_False()
    {
        var (flow, cookie) = Start("flow-1");

        Assert.False(Binding().Matches(Carry(cookie with { Value = cookie.Value[..^4] + "AAAA" }), flow));
    }

    [Fact]
    public void Matches_OverlongCookie_False()
    {
        var (flow, cookie) = Start("flow-1");

        Assert.False(Binding().Matches(Carry(cookie with { Value = cookie.Value + new string('A', 64) }), flow));
    }

    [Fact]
    public void Matches_CookieOfAnotherFlowCopiedUnderThisFlowsName_False()
    {
        var (_, other) = Start("flow-2");
        var (flow, own) = Start("flow-1");

        Assert.False(Binding().Matches(Carry(own with { Value = other.Value }), flow));
    }

    [Fact]
    public void Matches_FlowWithoutBinding_False()
    {
        var (flow, cookie) = Start("flow-1");

        Assert.False(Binding().Matches(Carry(cookie), flow with { BrowserBinding = null }));
    }

    [Fact]
    public void NewSecret_TheFlowKeepsOnlyTheDigest()
    {
        var secret = Binding().NewSecret();

        Assert.Equal(43, secret.Value.Length);
        Assert.NotEqual(secret.Value, secret.Digest);
        Assert.NotEqual(secret.Value, Binding().NewSecret().Value);
    }

    [Theory]
    [InlineData("http://localhost:5080/", false)]
    [InlineData("https://hub.example.jp/", true)]
    public void Bind_Issuer_SecureUnlessPlainHttpLoopback(string issuer, bool secure)
    {
        var context = new DefaultHttpContext();
        var binding = Binding(issuer);
        binding.Bind(context, "flow-1", binding.NewSecret());

        var header = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        Assert.Equal(secure, header.Secure);
        Assert.True(header.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, header.SameSite);
        Assert.Equal(_time.GetUtcNow() + new FlowOptions().Lifetime, header.Expires);
    }

    /// <summary>A flow as the starter creates it, and the cookie its browser was given.</summary>
    private (FlowState Flow, (string Name, string Value) Cookie) Start(string flowId)
    {
        var binding = Binding();
        var secret = binding.NewSecret();
        var flow = new FlowState(flowId, "osaka-kosodate", new Dictionary<string, string>(), LevelOfAssurance.B,
            [], [], null, [], FlowStage.ChoosingProvider, _time.GetUtcNow(), BrowserBinding: secret.Digest);
        var context = new DefaultHttpContext();
        binding.Bind(context, flowId, secret);
        var header = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        return (flow, (header.Name.ToString(), header.Value.ToString()));
    }

    private static DefaultHttpContext Carry((string Name, string Value) cookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{cookie.Name}={cookie.Value}";
        return context;
    }
}
