using Microsoft.Extensions.Logging;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// Deletes the documents stored for a submission that did not become a new inquiry. Should the document store fail
/// meanwhile, the set stays behind, named by no inquiry, and the purge deletes it as an orphan.
/// </summary>
internal sealed class StoredDocumentsCleanup(IDocumentStore documents, ILogger<StoredDocumentsCleanup> logger)
{
    public async Task DeleteAsync(DocumentSetId? set, InquiryKind kind)
    {
        if (set is not { } stored)
        {
            return;
        }

        try
        {
            // Not the request's token: the sender going away must not keep the files.
            await documents.DeleteAsync(stored, CancellationToken.None);
        }
        catch (InquiryStoreUnavailableException e)
        {
            IntakeLog.DocumentsLeftForPurge(logger, kind.Slug(), e.Message);
        }
    }
}
