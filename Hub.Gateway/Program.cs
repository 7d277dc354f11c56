using Hub.Gateway.OpenIdProvider.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHubOpenIdProvider(builder.Configuration);

var app = builder.Build();
app.MapHubOpenIdProvider();
app.Run();

public partial class Program;
