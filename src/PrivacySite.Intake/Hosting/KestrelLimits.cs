using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PrivacySite.Intake.Hosting;

/// <summary>
/// The server limits the intake needs on any host that runs it on Kestrel: stated here rather than
/// left to Kestrel's defaults, so slow clients are cut off on the service's terms.
/// </summary>
internal static class KestrelLimits
{
    public static void Apply(KestrelServerOptions kestrel)
    {
        kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(IntakeOptions.MinBodyBytesPerSecond, IntakeOptions.BodyGracePeriod);
        kestrel.Limits.RequestHeadersTimeout = IntakeOptions.HeadersTimeout;
    }
}
