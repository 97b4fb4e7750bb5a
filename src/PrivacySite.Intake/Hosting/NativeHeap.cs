using System.Runtime.InteropServices;

namespace PrivacySite.Intake.Hosting;

/// <summary>
/// Makes glibc give large native blocks back to the system when they are freed. Each uploaded picture is decoded into
/// a native bitmap of up to 160 MB and re-encoded; glibc's default raises its mmap threshold after the first such block
/// is freed, so later ones come from the heap and stay with the process: the measured working set then climbed by
/// ~60 MB per 5 × 10 MB upload. With blocks of 1 MB and more always mapped, it stays flat (README, "Identity documents").
/// Elsewhere (Windows, macOS, musl) nothing is done.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThreshold = -3;
    private const int OneMegabyte = 1024 * 1024;

    public static void ReturnLargeBlocks()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallOpt(MmapThreshold, OneMegabyte);
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc.
        }
        catch (DllNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);
}
