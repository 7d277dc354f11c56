using Microsoft.Extensions.Logging;

namespace Hub.Gateway.Stores.Redis;

internal static partial class RedisStoreLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "store_unavailable: Redis operation {Operation} failed ({ErrorType}).")]
    public static partial void Unavailable(ILogger logger, string operation, string errorType, Exception exception);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "store_contention: {Operation} gave up after {Attempts} attempts.")]
    public static partial void Contention(ILogger logger, string operation, int attempts);
}
