using Microsoft.Playwright;

namespace Hub.Browser.Tests.Infrastructure;

/// <summary>Full-page screenshots saved under <c>artifacts/screenshots/</c> at the repository root (gitignored).</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(
        Hub.Gateway.Demo.RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."),
        "artifacts", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
