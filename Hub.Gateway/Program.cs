// The gateway host. Only liveness for now; the OpenID provider, orchestration and pages are wired in later.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/healthz", () => Results.Text("ok"));

app.Run();

/// <summary>The entry point, public so that WebApplicationFactory can start the host in tests.</summary>
public partial class Program;
