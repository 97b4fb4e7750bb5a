namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// Files and folders of personal data (the file store, the export) readable by their owner alone:
/// files 0600 and folders 0700, set when they are created so there is no moment they are open to
/// others. On Windows the folder's access list applies instead.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>A new file for writing; fails if it exists.</summary>
    public static FileStream CreateNew(string path) => Open(path, FileMode.CreateNew, FileAccess.Write);

    /// <summary>Opens the file, creating it owner-only if it is missing; no one else may open it meanwhile.</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access, int bufferSize = 4096)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FilePermissions;
        }

        return new FileStream(path, options);
    }

    /// <summary>Creates the folder owner-only (missing parents get the default mode); one that exists is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderPermissions);
        }
    }
}
