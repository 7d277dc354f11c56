using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>How the gateway connects to Redis: never abort at start, and fail within seconds, not after the client's 5 s default.</summary>
public static class RedisConnectionOptions
{
    public const int DefaultTimeoutMilliseconds = 2000;

    public static ConfigurationOptions From(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        if (!Mentions(configuration, "connectTimeout"))
        {
            options.ConnectTimeout = DefaultTimeoutMilliseconds;
        }
        if (!Mentions(configuration, "asyncTimeout"))
        {
            options.AsyncTimeout = DefaultTimeoutMilliseconds;
        }
        if (!Mentions(configuration, "syncTimeout"))
        {
            options.SyncTimeout = DefaultTimeoutMilliseconds;
        }
        return options;
    }

    private static bool Mentions(string configuration, string option) =>
        configuration.Contains(option + "=", StringComparison.OrdinalIgnoreCase);
}
