namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>
/// One lock file for the whole store, held open with no sharing while a record is compared and
/// replaced. .NET takes an exclusive lock on the file for that (flock on Linux), so an update by
/// the desk's command and one by the service, in two processes, cannot interleave. Updates are rare,
/// so one lock is enough.
/// </summary>
internal sealed class StoreLock(string path)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    /// <exception cref="IOException">Another process held the lock for longer than the patience allows.</exception>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return PrivateFiles.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, bufferSize: 1);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pause, cancellationToken);
            }
        }
    }
}
