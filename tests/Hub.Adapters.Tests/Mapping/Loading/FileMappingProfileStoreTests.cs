using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Loading;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Tests.Mapping.Loading;

public sealed class FileMappingProfileStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiles-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("mebuku-saml-v1", ProviderProtocol.Saml2)]
    [InlineData("mydoor-osaka-oidc-v1", ProviderProtocol.Oidc)]
    [InlineData("aizu-plus-oidc-v1", ProviderProtocol.Oidc)]
    public void TryGet_ShippedProfile_LoadsFromTheOutputDirectory(string name, ProviderProtocol protocol)
    {
        var store = Store(MappingProfileStoreOptions.BuiltInDirectory);

        Assert.True(store.TryGet(name, out var profile));
        Assert.Equal(protocol, profile.Protocol);
        Assert.NotEmpty(profile.Claims);
    }

    [Fact]
    public void Read_ShippedProfiles_HaveNoErrors()
    {
        var errors = new List<string>();

        var profiles = FileMappingProfileStore.Read([MappingProfileStoreOptions.BuiltInDirectory], ConverterRegistry.BuiltIn, errors);

        Assert.Empty(errors);
        Assert.Equal(3, profiles.Count);
    }

    [Theory]
    [InlineData("""{"profile":"p","protocol":"oidc","claims":[{"claim":"nickname","from":["n"]}]}""", "not in the common schema")]
    [InlineData("""{"profile":"p","protocol":"oidc","claims":[{"claim":"name","from":["n"],"convert":["rot13"]}]}""", "not registered")]
    [InlineData("""{"profile":"p","protocol":"oidc","claims":[{"claim":"name","from":[]}]}""", "names no source")]
    [InlineData("""{"profile":"p","protocol":"oidc","claims":[{"claim":"name","from":["a"]},{"claim":"name","from":["b"]}]}""", "more than one rule")]
    [InlineData("""{"profile":"p","protocol":"oidc","claims":[{"claim":"name","form":["n"]}]}""", "form")]
    [InlineData("""{"profile":"p","protocol":"oidc","schema":"common-schema-v2","claims":[]}""", "common-schema-v2")]
    [InlineData("""{"profile":"other","protocol":"oidc","claims":[]}""", "its file is")]
    [InlineData("""{"profile":"p","protocol":"ldap","claims":[]}""", "$.protocol")]
    [InlineData("""{"profile":"p","protocol":"oidc","claims":[],"assurance":{"authn_context":{"x":"E"}}}""", "authn_context")]
    public void Read_BrokenProfile_IsLeftOutWithAnError(string json, string expectedInError)
    {
        File.WriteAllText(Path.Combine(_directory, "p.json"), json);
        var errors = new List<string>();

        var profiles = FileMappingProfileStore.Read([_directory], ConverterRegistry.BuiltIn, errors);

        Assert.Empty(profiles);
        Assert.Contains(errors, e => e.Contains(expectedInError, StringComparison.Ordinal));
        Assert.False(Store(_directory).TryGet("p", out _));
    }

    [Fact]
    public void Read_MissingDirectory_ReportsIt()
    {
        var errors = new List<string>();

        FileMappingProfileStore.Read([Path.Combine(_directory, "nope")], ConverterRegistry.BuiltIn, errors);

        Assert.Contains("does not exist", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameProfileInTwoDirectories_IsAnError()
    {
        var second = Directory.CreateDirectory(Path.Combine(_directory, "more")).FullName;
        File.Copy(Path.Combine(MappingProfileStoreOptions.BuiltInDirectory, "mebuku-saml-v1.json"), Path.Combine(second, "mebuku-saml-v1.json"));
        var errors = new List<string>();

        FileMappingProfileStore.Read([MappingProfileStoreOptions.BuiltInDirectory, second], ConverterRegistry.BuiltIn, errors);

        Assert.Contains(errors, e => e.Contains("defined twice", StringComparison.Ordinal));
    }

    [Fact]
    public void TryGet_ProfileInAnAddedDirectory_IsFound()
    {
        File.WriteAllText(Path.Combine(_directory, "extra-oidc-v1.json"),
            """{"profile":"extra-oidc-v1","protocol":"oidc","claims":[{"claim":"email","from":["mail"],"convert":["email"]}]}""");
        var options = new MappingProfileStoreOptions();
        options.Directories.Add(_directory);
        var store = new FileMappingProfileStore(Options.Create(options), ConverterRegistry.BuiltIn, NullLogger<FileMappingProfileStore>.Instance);

        Assert.True(store.TryGet("extra-oidc-v1", out _));
        Assert.True(store.TryGet("mebuku-saml-v1", out _));
    }

    private static FileMappingProfileStore Store(string directory)
    {
        var options = new MappingProfileStoreOptions();
        options.Directories.Clear();
        options.Directories.Add(directory);
        return new FileMappingProfileStore(Options.Create(options), ConverterRegistry.BuiltIn, NullLogger<FileMappingProfileStore>.Instance);
    }
}
