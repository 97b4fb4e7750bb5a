namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>
/// Writes a file so that readers see the old content or the new, never part of it: the bytes go
/// to a temp file in the same folder tree (owner-only, see <see cref="PrivateFiles"/>), are flushed to disk, and the temp file is renamed into place.
/// </summary>
internal sealed class AtomicFile(string stagingFolder)
{
    /// <summary>Creates <paramref name="path"/>; false (and nothing written) when it already exists.</summary>
    public bool TryCreate(string path, byte[] content)
    {
        var temp = Stage(content);
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }

    public void Replace(string path, byte[] content) => File.Move(Stage(content), path, overwrite: true);

    private string Stage(byte[] content)
    {
        var temp = Path.Combine(stagingFolder, Guid.NewGuid().ToString("N") + ".tmp");
        using (var stream = PrivateFiles.CreateNew(temp))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        return temp;
    }
}
