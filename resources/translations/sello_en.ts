<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AddressBookButton</name>
    <message>
        <source>Nothing saved yet: entries are added when you issue a document</source>
        <translation>Nothing saved yet: entries are added when you issue a document</translation>
    </message>
    <message>
        <source>Save what is typed here in the address book</source>
        <translation>Save what is typed here in the address book</translation>
    </message>
    <message>
        <source>a company name</source>
        <translation>a company name</translation>
    </message>
    <message>
        <source>a product description</source>
        <translation>a product description</translation>
    </message>
    <message>
        <source>Type {what} first, then save it in the address book.</source>
        <translation>Type {what} first, then save it in the address book.</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Fill in this company from the ones used in earlier documents</source>
        <translation>Fill in this company from the ones used in earlier documents</translation>
    </message>
    <message>
        <source>Fill in this product from the ones used in earlier documents</source>
        <translation>Fill in this product from the ones used in earlier documents</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Skip for now</translation>
    </message>
    <message>
        <source>Back up your key</source>
        <translation>Back up your key</translation>
    </message>
    <message>
        <source>If this computer breaks or is lost, the backup lets you keep signing.</source>
        <translation>If this computer breaks or is lost, the backup lets you keep signing.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the backup file, then save it on a USB drive or another safe place, not only on this computer.</source>
        <translation>Choose a passphrase to protect the backup file, then save it on a USB drive or another safe place, not only on this computer.</translation>
    </message>
    <message>
        <source>The backup file contains your company’s private key. Anyone who has the file and its passphrase can sign documents in your company’s name.</source>
        <translation>The backup file contains your company’s private key. Anyone who has the file and its passphrase can sign documents in your company’s name.</translation>
    </message>
    <message>
        <source>&amp;Save backup file…</source>
        <translation>&amp;Save backup file…</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>Back up key “{name}”</source>
        <translation>Back up key “{name}”</translation>
    </message>
    <message>
        <source>The backup is a file protected by a passphrase. Keep it on a USB drive or another safe place, away from this computer.</source>
        <translation>The backup is a file protected by a passphrase. Keep it on a USB drive or another safe place, away from this computer.</translation>
    </message>
    <message>
        <source>Warning: the file contains the private key. Anyone who has it and its passphrase can sign documents in your company’s name. Never send it by e-mail.</source>
        <translation>Warning: the file contains the private key. Anyone who has it and its passphrase can sign documents in your company’s name. Never send it by e-mail.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Choose where to save…</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>An RFC has 12 characters for a company: 3 letters, the date of incorporation as YYMMDD and a 3-character homoclave, like ADN980312AB1.</source>
        <translation>An RFC has 12 characters for a company: 3 letters, the date of incorporation as YYMMDD and a 3-character homoclave, like ADN980312AB1.</translation>
    </message>
    <message>
        <source>&amp;RFC *:</source>
        <translation>&amp;RFC *:</translation>
    </message>
    <message>
        <source>&amp;RFC:</source>
        <translation>&amp;RFC:</translation>
    </message>
    <message>
        <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
        <translation>Type only the domain, like acerosdelnorte.mx (no https://, no page).</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>As it appears on your invoices. Fields marked * are required.</source>
        <translation>As it appears on your invoices. Fields marked * are required.</translation>
    </message>
    <message>
        <source>&amp;Legal name *:</source>
        <translation>&amp;Legal name *:</translation>
    </message>
    <message>
        <source>&amp;Street and number:</source>
        <translation>&amp;Street and number:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Website domain:</source>
        <translation>&amp;Website domain:</translation>
    </message>
    <message>
        <source>Aceros del Norte, S.A. de C.V.</source>
        <translation>Aceros del Norte, S.A. de C.V.</translation>
    </message>
    <message>
        <source>Only if your company has a website. You can leave it empty.</source>
        <translation>Only if your company has a website. You can leave it empty.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Sello ran into a problem it did not expect.</source>
        <translation>Sello ran into a problem it did not expect.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished; check it before going on. If this happens again, click “Copy details” and send them to the person who supports Sello for you.</source>
        <translation>What you were doing may not have finished; check it before going on. If this happens again, click “Copy details” and send them to the person who supports Sello for you.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CreateKeyPage</name>
    <message>
        <source>Signing key {year}</source>
        <translation>Signing key {year}</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the error window.</source>
        <translation>Something went wrong; the details are in the error window.</translation>
    </message>
    <message>
        <source>Saving your company’s details…</source>
        <translation>Saving your company’s details…</translation>
    </message>
    <message>
        <source>Creating the encrypted key file…</source>
        <translation>Creating the encrypted key file…</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Creating your signing key…</translation>
    </message>
    <message>
        <source>The key could not be created: {reason}</source>
        <translation>The key could not be created: {reason}</translation>
    </message>
    <message>
        <source>Your signing key is ready. Its fingerprint:</source>
        <translation>Your signing key is ready. Its fingerprint:</translation>
    </message>
    <message>
        <source>{algorithm} key, identifier {did}</source>
        <translation>{algorithm} key, identifier {did}</translation>
    </message>
    <message>
        <source>Creating your signing key</source>
        <translation>Creating your signing key</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>This takes a few seconds.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>…and %n more</source>
        <translation>…and %n more</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentAuditView</name>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Signed with key {key}</source>
        <translation>Signed with key {key}</translation>
    </message>
    <message>
        <source>PDF rendered again: {file}</source>
        <translation>PDF rendered again: {file}</translation>
    </message>
    <message>
        <source>Signed token (.jwt): {file}</source>
        <translation>Signed token (.jwt): {file}</translation>
    </message>
    <message>
        <source>PDF copy: {file}</source>
        <translation>PDF copy: {file}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Checking the activity log…</source>
        <translation>Checking the activity log…</translation>
    </message>
    <message>
        <source>✓ Activity log verified: no entry was altered or removed.</source>
        <translation>✓ Activity log verified: no entry was altered or removed.</translation>
    </message>
    <message>
        <source>✗ The activity log was tampered with: {reason}</source>
        <translation>✗ The activity log was tampered with: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Activity of this document</source>
        <translation>Activity of this document</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsPanel</name>
    <message>
        <source>Revoked on {date}. Reason: {reason}</source>
        <translation>Revoked on {date}. Reason: {reason}</translation>
    </message>
    <message>
        <source>Valid (not revoked)</source>
        <translation>Valid (not revoked)</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %n document(s)…</source>
        <translation><numerusform>Re&amp;voke %n document…</numerusform><numerusform>Re&amp;voke %n documents…</numerusform></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Issued:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <source>Document id:</source>
        <translation>Document id:</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>&amp;Print again</translation>
    </message>
    <message>
        <source>Open the document's PDF to print it (it is rendered again from the signed document if its file is missing).</source>
        <translation>Open the document's PDF to print it (it is rendered again from the signed document if its file is missing).</translation>
    </message>
    <message>
        <source>Export .&amp;jwt…</source>
        <translation>Export .&amp;jwt…</translation>
    </message>
    <message>
        <source>Save the signed credential exactly as issued (vc+jwt), for systems that verify credentials.</source>
        <translation>Save the signed credential exactly as issued (vc+jwt), for systems that verify credentials.</translation>
    </message>
    <message>
        <source>Save PDF &amp;copy…</source>
        <translation>Save PDF &amp;copy…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Select a document to see its details and activity.</source>
        <translation>Select a document to see its details and activity.</translation>
    </message>
</context>
<context>
    <name>DocumentFilterBar</name>
    <message>
        <source>Search by number, customer, type or id</source>
        <translation>Search by number, customer, type or id</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Issued &amp;between</source>
        <translation>Issued &amp;between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Not revoked: verifiers accept it.</source>
        <translation>Not revoked: verifiers accept it.</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Revoked on {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>No documents issued yet. Documents you issue appear here.</source>
        <translation>No documents issued yet. Documents you issue appear here.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} documents</source>
        <translation>Showing {shown} of {total} documents</translation>
    </message>
    <message>
        <source>The PDF file was missing; it was made again from the signed document: {path}</source>
        <translation>The PDF file was missing; it was made again from the signed document: {path}</translation>
    </message>
    <message>
        <source>The PDF could not be opened. You can find it here: {path}</source>
        <translation>The PDF could not be opened. You can find it here: {path}</translation>
    </message>
    <message>
        <source>Export the signed document</source>
        <translation>Export the signed document</translation>
    </message>
    <message>
        <source>Signed credentials (*.jwt)</source>
        <translation>Signed credentials (*.jwt)</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Save a copy of the PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Publish the revocation</source>
        <translation>Publish the revocation</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</source>
        <translation><numerusform>%n document revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</numerusform><numerusform>%n documents revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</numerusform></translation>
    </message>
    <message>
        <source>Write publishing kit…</source>
        <translation>Write publishing kit…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</source>
        <translation><numerusform>%n document revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</numerusform><numerusform>%n documents revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</numerusform></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Every document you have issued. Print one again, export it, or revoke it so that verifiers reject it.</source>
        <translation>Every document you have issued. Print one again, export it, or revoke it so that verifiers reject it.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Sello is ready</source>
        <translation>Sello is ready</translation>
    </message>
    <message>
        <source>You can now prepare and sign your export documents.</source>
        <translation>You can now prepare and sign your export documents.</translation>
    </message>
    <message>
        <source>{company} signs its documents with the key created just now.</source>
        <translation>{company} signs its documents with the key created just now.</translation>
    </message>
    <message>
        <source>One thing left: publish your key on your website, so verifiers can find it. In Keys, choose “Export did.json” and place the file at {url} (your web provider can do it).</source>
        <translation>One thing left: publish your key on your website, so verifiers can find it. In Keys, choose “Export did.json” and place the file at {url} (your web provider can do it).</translation>
    </message>
    <message>
        <source>Nothing to publish: the key is inside your identifier. When your company has a website, create a did:web key in Keys; CBP-style verifiers expect it.</source>
        <translation>Nothing to publish: the key is inside your identifier. When your company has a website, create a did:web key in Keys; CBP-style verifiers expect it.</translation>
    </message>
    <message>
        <source>You have no backup of the key yet. Make one soon in Keys → “Back up”.</source>
        <translation>You have no backup of the key yet. Make one soon in Keys → “Back up”.</translation>
    </message>
    <message>
        <source>Your backup is at {path}. Keep it safe.</source>
        <translation>Your backup is at {path}. Keep it safe.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Go to this field</source>
        <translation>Go to this field</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before issuing</source>
        <translation>
            <numerusform>%n problem(s) to fix before issuing</numerusform>
            <numerusform>%n problem(s) to fix before issuing</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line to go to the field.</source>
        <translation>Click a line to go to the field.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. 7208.51.0060</source>
        <translation>e.g. 7208.51.0060</translation>
    </message>
    <message>
        <source>e.g. ADN050101AB1</source>
        <translation>e.g. ADN050101AB1</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Choose a date on a calendar</source>
        <translation>Choose a date on a calendar</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>FileStorePage</name>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Unlocked. Press “Create key” to continue.</source>
        <translation>Unlocked. Press “Create key” to continue.</translation>
    </message>
    <message>
        <source>Where to keep the private key</source>
        <translation>Where to keep the private key</translation>
    </message>
    <message>
        <source>You chose to keep private keys in an encrypted file.</source>
        <translation>You chose to keep private keys in an encrypted file.</translation>
    </message>
    <message>
        <source>Sello will keep the private key in a file protected by a passphrase, instead of the operating system’s keyring.</source>
        <translation>Sello will keep the private key in a file protected by a passphrase, instead of the operating system’s keyring.</translation>
    </message>
    <message>
        <source>This computer has no keyring that Sello can use.</source>
        <translation>This computer has no keyring that Sello can use.</translation>
    </message>
    <message>
        <source>Sello normally keeps private keys in the operating system’s keyring, but it does not work here. Instead, Sello can keep the key in a file protected by a passphrase. You will type that passphrase when you open Sello to sign.</source>
        <translation>Sello normally keeps private keys in the operating system’s keyring, but it does not work here. Instead, Sello can keep the key in a file protected by a passphrase. You will type that passphrase when you open Sello to sign.</translation>
    </message>
    <message>
        <source>Technical detail: {reason}</source>
        <translation>Technical detail: {reason}</translation>
    </message>
    <message>
        <source>This computer already has such a file: {path}. Type its passphrase to use it.</source>
        <translation>This computer already has such a file: {path}. Type its passphrase to use it.</translation>
    </message>
    <message>
        <source>The file will be: {path}</source>
        <translation>The file will be: {path}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Create key</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Go to:</source>
        <translation>Go to:</translation>
    </message>
    <message>
        <source>Fields marked * are required. Hover over a field for help.</source>
        <translation>Fields marked * are required. Hover over a field for help.</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Key “{name}” created. Make a backup of it now with “Back up”.</source>
        <translation>Key “{name}” created. Make a backup of it now with “Back up”.</translation>
    </message>
    <message>
        <source>Key renamed to “{name}”.</source>
        <translation>Key renamed to “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” now signs every new document.</source>
        <translation>“{name}” now signs every new document.</translation>
    </message>
    <message>
        <source>A new {algorithm} key is created and signs every document from now on.</source>
        <translation>A new {algorithm} key is created and signs every document from now on.</translation>
    </message>
    <message>
        <source>“{name}” is kept, retired, so the documents it signed still verify.</source>
        <translation>“{name}” is kept, retired, so the documents it signed still verify.</translation>
    </message>
    <message>
        <source>Publish the new did.json on your website afterwards: it lists both keys.</source>
        <translation>Publish the new did.json on your website afterwards: it lists both keys.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Rotate key</translation>
    </message>
    <message>
        <source>Replace “{name}” with a new key?</source>
        <translation>Replace “{name}” with a new key?</translation>
    </message>
    <message>
        <source>New key created; the old one is retired. Make a backup of the new key now.</source>
        <translation>New key created; the old one is retired. Make a backup of the new key now.</translation>
    </message>
    <message>
        <source>Key “{name}”, fingerprint {fingerprint}</source>
        <translation>Key “{name}”, fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Its private part in: {store}</source>
        <translation>Its private part in: {store}</translation>
    </message>
    <message numerus="yes">
        <source>It signed %n document(s). Its public part is kept, so they still verify; it can no longer sign.</source>
        <translation>
            <numerusform>It signed %n document. Its public part is kept, so it still verifies; the key can no longer sign.</numerusform>
            <numerusform>It signed %n documents. Its public part is kept, so they still verify; the key can no longer sign.</numerusform>
        </translation>
    </message>
    <message>
        <source>It signed no documents; it disappears from the list.</source>
        <translation>It signed no documents; it disappears from the list.</translation>
    </message>
    <message>
        <source>It signs new documents now: another active key, or a new one, must take its place.</source>
        <translation>It signs new documents now: another active key, or a new one, must take its place.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Delete key</translation>
    </message>
    <message>
        <source>Delete the private key “{name}”?</source>
        <translation>Delete the private key “{name}”?</translation>
    </message>
    <message>
        <source>This is a private key. Once deleted it cannot be recovered, unless you have a backup file of it. Delete “{name}” for good?</source>
        <translation>This is a private key. Once deleted it cannot be recovered, unless you have a backup file of it. Delete “{name}” for good?</translation>
    </message>
    <message>
        <source>The private key “{name}” was deleted.</source>
        <translation>The private key “{name}” was deleted.</translation>
    </message>
    <message>
        <source>Backup saved: {path}. Keep it in a safe place.</source>
        <translation>Backup saved: {path}. Keep it in a safe place.</translation>
    </message>
    <message>
        <source>Restore a key</source>
        <translation>Restore a key</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup {file}.</source>
        <translation>Type the passphrase of the backup {file}.</translation>
    </message>
    <message>
        <source>Key “{name}” restored from its backup.</source>
        <translation>Key “{name}” restored from its backup.</translation>
    </message>
    <message>
        <source>The public DID document was saved as {path}.</source>
        <translation>The public DID document was saved as {path}.</translation>
    </message>
    <message>
        <source>Export did.json</source>
        <translation>Export did.json</translation>
    </message>
    <message>
        <source>Publish it on your website at {url}, so that verifiers can find your key. It holds only public keys.</source>
        <translation>Publish it on your website at {url}, so that verifiers can find your key. It holds only public keys.</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>Fingerprint copied.</translation>
    </message>
    <message>
        <source>Identifier copied.</source>
        <translation>Identifier copied.</translation>
    </message>
    <message>
        <source>Unlock the key file</source>
        <translation>Unlock the key file</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Your private keys are kept in the encrypted file {path}. Type its passphrase to use them.</source>
        <translation>Your private keys are kept in the encrypted file {path}. Type its passphrase to use them.</translation>
    </message>
    <message>
        <source>The key file is unlocked.</source>
        <translation>The key file is unlocked.</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;New key…</translation>
    </message>
    <message>
        <source>Create another signing key</source>
        <translation>Create another signing key</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <source>Bring back a key from its backup file</source>
        <translation>Bring back a key from its backup file</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Give the key a name you recognise</source>
        <translation>Give the key a name you recognise</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>Back &amp;up…</translation>
    </message>
    <message>
        <source>Save the key in a file protected by a passphrase</source>
        <translation>Save the key in a file protected by a passphrase</translation>
    </message>
    <message>
        <source>&amp;Export did.json…</source>
        <translation>&amp;Export did.json…</translation>
    </message>
    <message>
        <source>Save the public DID document to publish on your website</source>
        <translation>Save the public DID document to publish on your website</translation>
    </message>
    <message>
        <source>&amp;Use for new documents</source>
        <translation>&amp;Use for new documents</translation>
    </message>
    <message>
        <source>Sign every new document with this key</source>
        <translation>Sign every new document with this key</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otate…</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one is kept so old documents still verify</source>
        <translation>Replace the key with a new one; the old one is kept so old documents still verify</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the private key (asks twice)</source>
        <translation>Delete the private key (asks twice)</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copy &amp;fingerprint</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint</source>
        <translation>Copy the whole fingerprint</translation>
    </message>
    <message>
        <source>Copy &amp;identifier</source>
        <translation>Copy &amp;identifier</translation>
    </message>
    <message>
        <source>Copy the identifier (DID)</source>
        <translation>Copy the identifier (DID)</translation>
    </message>
    <message>
        <source>&amp;Unlock key file…</source>
        <translation>&amp;Unlock key file…</translation>
    </message>
    <message>
        <source>Type the passphrase of the encrypted key file</source>
        <translation>Type the passphrase of the encrypted key file</translation>
    </message>
</context>
<context>
    <name>KeyDetailsPanel</name>
    <message>
        <source>Nowhere: the private part was deleted on {date}</source>
        <translation>Nowhere: the private part was deleted on {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish did.json at {url}</source>
        <translation>Publish did.json at {url}</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Selected key</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithm:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>Private key kept in:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signed:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the identifier (DID)</source>
        <translation>Copy the identifier (DID)</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message>
        <source>Sello key backups (*.sello-key)</source>
        <translation>Sello key backups (*.sello-key)</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Save the key backup</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose a key backup to restore</source>
        <translation>Choose a key backup to restore</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>The file {path} could not be read ({reason}).</translation>
    </message>
    <message>
        <source>Save the public DID document</source>
        <translation>Save the public DID document</translation>
    </message>
    <message>
        <source>DID documents (*.json)</source>
        <translation>DID documents (*.json)</translation>
    </message>
</context>
<context>
    <name>KeyOptionsWidget</name>
    <message>
        <source>Type your company's website domain.</source>
        <translation>Type your company's website domain.</translation>
    </message>
    <message>
        <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
        <translation>Type only the domain, like acerosdelnorte.mx (no https://, no page).</translation>
    </message>
    <message>
        <source>How verifiers find your key</source>
        <translation>How verifiers find your key</translation>
    </message>
    <message>
        <source>On your website (did:web) — recommended</source>
        <translation>On your website (did:web) — recommended</translation>
    </message>
    <message>
        <source>Your company publishes its key on its website; U.S. CBP verifiers expect this.</source>
        <translation>Your company publishes its key on its website; U.S. CBP verifiers expect this.</translation>
    </message>
    <message>
        <source>&amp;Website domain:</source>
        <translation>&amp;Website domain:</translation>
    </message>
    <message>
        <source>Inside the identifier (did:key)</source>
        <translation>Inside the identifier (did:key)</translation>
    </message>
    <message>
        <source>No website needed; the key is inside the identifier. Fine to start; CBP-style verifiers expect did:web.</source>
        <translation>No website needed; the key is inside the identifier. Fine to start; CBP-style verifiers expect did:web.</translation>
    </message>
    <message>
        <source>&amp;Advanced: signing algorithm</source>
        <translation>&amp;Advanced: signing algorithm</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Signing algorithm</translation>
    </message>
    <message>
        <source>ES384 (P-384) — recommended, the one customs verifiers expect</source>
        <translation>ES384 (P-384) — recommended, the one customs verifiers expect</translation>
    </message>
    <message>
        <source>Ed25519 — only if a partner asks for it</source>
        <translation>Ed25519 — only if a partner asks for it</translation>
    </message>
    <message>
        <source>A key keeps its algorithm for life.</source>
        <translation>A key keeps its algorithm for life.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Identifier (DID)</source>
        <translation>Identifier (DID)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KeyTexts</name>
    <message>
        <source>OS keyring</source>
        <translation>OS keyring</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Encrypted file</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Private part deleted; the public part is kept so the documents it signed still verify.</source>
        <translation>Private part deleted; the public part is kept so the documents it signed still verify.</translation>
    </message>
    <message>
        <source>Retired: it no longer signs, but the documents it signed still verify.</source>
        <translation>Retired: it no longer signs, but the documents it signed still verify.</translation>
    </message>
    <message>
        <source>Default: it signs every new document.</source>
        <translation>Default: it signs every new document.</translation>
    </message>
    <message>
        <source>Active: it can sign when you choose it.</source>
        <translation>Active: it can sign when you choose it.</translation>
    </message>
    <message>
        <source>On the website {domain}</source>
        <translation>On the website {domain}</translation>
    </message>
    <message>
        <source>Inside the identifier (no website)</source>
        <translation>Inside the identifier (no website)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the spelling, the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase. Check the spelling, the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>This is a different kind of Sello file. Choose a key backup file (.sello-key).</source>
        <translation>This is a different kind of Sello file. Choose a key backup file (.sello-key).</translation>
    </message>
    <message>
        <source>This file is not a Sello key backup (.sello-key).</source>
        <translation>This file is not a Sello key backup (.sello-key).</translation>
    </message>
    <message>
        <source>The file is damaged or was altered, so it cannot be opened. Use another copy of it.</source>
        <translation>The file is damaged or was altered, so it cannot be opened. Use another copy of it.</translation>
    </message>
    <message>
        <source>This computer's keyring cannot keep private keys right now ({reason}).</source>
        <translation>This computer's keyring cannot keep private keys right now ({reason}).</translation>
    </message>
    <message>
        <source>The private key is missing from {store}. Restore it from its backup file.</source>
        <translation>The private key is missing from {store}. Restore it from its backup file.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Your company signs its documents with these keys. The private part of a key stays on this computer, apart from the protected backups you make; verifiers check signatures with the public part.</source>
        <translation>Your company signs its documents with these keys. The private part of a key stays on this computer, apart from the protected backups you make; verifiers check signatures with the public part.</translation>
    </message>
    <message>
        <source>Sello is not set up yet: enter your company’s details and create its signing key first.</source>
        <translation>Sello is not set up yet: enter your company’s details and create its signing key first.</translation>
    </message>
    <message>
        <source>&amp;Set up Sello…</source>
        <translation>&amp;Set up Sello…</translation>
    </message>
    <message>
        <source>Your private keys are kept in an encrypted file. Unlock it with its passphrase to sign, back up, rotate or delete keys.</source>
        <translation>Your private keys are kept in an encrypted file. Unlock it with its passphrase to sign, back up, rotate or delete keys.</translation>
    </message>
    <message>
        <source>No keys yet. Create one with “New key”.</source>
        <translation>No keys yet. Create one with “New key”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This page could not be opened.</source>
        <translation>This page could not be opened.</translation>
    </message>
    <message>
        <source>Sello {version}</source>
        <translation>Sello {version}</translation>
    </message>
    <message>
        <source>About Sello</source>
        <translation>About Sello</translation>
    </message>
    <message>
        <source>Signs your export documents as W3C Verifiable Credentials and prints them with a QR code that border staff can verify offline.

Qt for Python {qt}</source>
        <translation>Signs your export documents as W3C Verifiable Credentials and prints them with a QR code that border staff can verify offline.

Qt for Python {qt}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sello</source>
        <translation>&amp;About Sello</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Shipments</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>New signing key</source>
        <translation>New signing key</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Signing key {year}</source>
        <translation>Signing key {year}</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Create key</translation>
    </message>
    <message>
        <source>Where the private key will be kept: {store}.</source>
        <translation>Where the private key will be kept: {store}.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>Both passphrases match.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess, like “turtle lamp river green”.</source>
        <translation>Tip: four or more unrelated words are easy to remember and hard to guess, like “turtle lamp river green”.</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Too short: use at least {count} characters.</translation>
    </message>
    <message>
        <source>Weak: avoid common words and runs like 1234 or qwerty. Add more words.</source>
        <translation>Weak: avoid common words and runs like 1234 or qwerty. Add more words.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Weak: easy to guess. Add more words or characters.</translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Fair. A longer passphrase would be stronger.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Show what I type</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it apart from the file. Without it the file cannot be opened, and nobody can recover it for you.</source>
        <translation>Write the passphrase down and keep it apart from the file. Without it the file cannot be opened, and nobody can recover it for you.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built; it comes in the next version of Sello.</source>
        <translation>This page is being built; it comes in the next version of Sello.</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <source>Here you will create a shipment and fill in its documents: Mill Test Report, Commercial Invoice, USMCA Certification of Origin, Packing List and Bill of Lading. Then you issue them, signed, and print them with their QR code.</source>
        <translation>Here you will create a shipment and fill in its documents: Mill Test Report, Commercial Invoice, USMCA Certification of Origin, Packing List and Bill of Lading. Then you issue them, signed, and print them with their QR code.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Here you will find every document you have issued: print it again, issue a corrected version, or revoke it so that verifiers reject it.</source>
        <translation>Here you will find every document you have issued: print it again, issue a corrected version, or revoke it so that verifiers reject it.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Here you will create your company's signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</source>
        <translation>Here you will create your company's signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Here you will check a printed document: scan its QR code with a webcam or a scanner, or open an image or a PDF, and see at once whether it is genuine, unaltered and still valid.</source>
        <translation>Here you will check a printed document: scan its QR code with a webcam or a scanner, or open an image or a PDF, and see at once whether it is genuine, unaltered and still valid.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Set up your company and its signing key first.</source>
        <translation>Set up your company and its signing key first.</translation>
    </message>
    <message>
        <source>The publishing kit is in {folder}.</source>
        <translation>The publishing kit is in {folder}.</translation>
    </message>
    <message>
        <source>Publishing kit written</source>
        <translation>Publishing kit written</translation>
    </message>
    <message>
        <source>Upload everything in it, including the hidden “.well-known” folder, to the root of your website, without renaming anything. {readme} explains it for your webmaster, in Spanish and English.</source>
        <translation>Upload everything in it, including the hidden “.well-known” folder, to the root of your website, without renaming anything. {readme} explains it for your webmaster, in Spanish and English.</translation>
    </message>
    <message>
        <source>Choose the folder for the publishing kit</source>
        <translation>Choose the folder for the publishing kit</translation>
    </message>
</context>
<context>
    <name>RenameKeyDialog</name>
    <message>
        <source>Rename key</source>
        <translation>Rename key</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The name is only for you; it is not part of the signature.</source>
        <translation>The name is only for you; it is not part of the signature.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
</context>
<context>
    <name>RepeatableSection</name>
    <message>
        <source>Delete {row}?</source>
        <translation>Delete {row}?</translation>
    </message>
    <message>
        <source>{row} and everything typed in it will be removed from this document.</source>
        <translation>{row} and everything typed in it will be removed from this document.</translation>
    </message>
    <message>
        <source>Delete {row}</source>
        <translation>Delete {row}</translation>
    </message>
    <message>
        <source>Add {row}</source>
        <translation>Add {row}</translation>
    </message>
    <message>
        <source>Add an empty {row} at the end</source>
        <translation>Add an empty {row} at the end</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message numerus="yes">
        <source>Revoke document(s)</source>
        <translation><numerusform>Revoke document</numerusform><numerusform>Revoke documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n document(s)? This cannot be undone.</source>
        <translation><numerusform>Revoke %n document? This cannot be undone.</numerusform><numerusform>Revoke %n documents? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Verifiers will reject the revoked documents once your updated status list is published (on your website, or in a trust bundle). The documents stay in your records.</source>
        <translation>Verifiers will reject the revoked documents once your updated status list is published (on your website, or in a trust bundle). The documents stay in your records.</translation>
    </message>
    <message>
        <source>Documents affected:</source>
        <translation>Documents affected:</translation>
    </message>
    <message>
        <source>Rea&amp;son (required):</source>
        <translation>Rea&amp;son (required):</translation>
    </message>
    <message>
        <source>For example: wrong heat number; replaced by a new certificate</source>
        <translation>For example: wrong heat number; replaced by a new certificate</translation>
    </message>
    <message>
        <source>The reason is kept in the activity log; verifiers do not see it.</source>
        <translation>The reason is kept in the activity log; verifiers do not see it.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n document(s)</source>
        <translation><numerusform>&amp;Revoke %n document</numerusform><numerusform>&amp;Revoke %n documents</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RowBox</name>
    <message>
        <source>Move {row} up</source>
        <translation>Move {row} up</translation>
    </message>
    <message>
        <source>Move {row} down</source>
        <translation>Move {row} down</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Add a copy of {row} below it</source>
        <translation>Add a copy of {row} below it</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete {row}</source>
        <translation>Delete {row}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The folder could not be opened. You can find it here: {path}</source>
        <translation>The folder could not be opened. You can find it here: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Same as the computer ({language})</translation>
    </message>
    <message>
        <source>The change applies at once, without restarting Sello.</source>
        <translation>The change applies at once, without restarting Sello.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Company profiles, issued documents and the activity log are kept here. Private keys are not: they are in the key storage below.</source>
        <translation>Company profiles, issued documents and the activity log are kept here. Private keys are not: they are in the key storage below.</translation>
    </message>
    <message>
        <source>Where private keys are kept</source>
        <translation>Where private keys are kept</translation>
    </message>
    <message>
        <source>Signing algorithm for new keys</source>
        <translation>Signing algorithm for new keys</translation>
    </message>
    <message>
        <source>ES384 (P-384) — recommended, the one customs verifiers expect</source>
        <translation>ES384 (P-384) — recommended, the one customs verifiers expect</translation>
    </message>
    <message>
        <source>Ed25519 — for partners who ask for it</source>
        <translation>Ed25519 — for partners who ask for it</translation>
    </message>
    <message>
        <source>Existing keys keep their algorithm.</source>
        <translation>Existing keys keep their algorithm.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Sello {version} · Qt for Python {qt} · Python {python}</source>
        <translation>Sello {version} · Qt for Python {qt} · Python {python}</translation>
    </message>
    <message>
        <source>The operating system's keyring: {name}</source>
        <translation>The operating system's keyring: {name}</translation>
    </message>
    <message>
        <source>Private keys are kept in the encrypted file {path}. Without its passphrase they cannot be used.</source>
        <translation>Private keys are kept in the encrypted file {path}. Without its passphrase they cannot be used.</translation>
    </message>
    <message>
        <source>Private keys are kept by the operating system (Windows Credential Manager, macOS Keychain or the Secret Service on Linux), never in a plain file.</source>
        <translation>Private keys are kept by the operating system (Windows Credential Manager, macOS Keychain or the Secret Service on Linux), never in a plain file.</translation>
    </message>
    <message>
        <source>An encrypted file, protected by your passphrase</source>
        <translation>An encrypted file, protected by your passphrase</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Sello</source>
        <translation>Set up Sello</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SigningKeyPage</name>
    <message>
        <source>Checking where this computer can keep the private key…</source>
        <translation>Checking where this computer can keep the private key…</translation>
    </message>
    <message>
        <source>The private key will be kept in this computer’s keyring ({name}). It never leaves it, except in the protected backup you make next.</source>
        <translation>The private key will be kept in this computer’s keyring ({name}). It never leaves it, except in the protected backup you make next.</translation>
    </message>
    <message>
        <source>This computer has no keyring Sello can use; the next step offers a file protected by a passphrase instead.</source>
        <translation>This computer has no keyring Sello can use; the next step offers a file protected by a passphrase instead.</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <source>Sello signs every document with this key. Verifiers use its public part to check the signature.</source>
        <translation>Sello signs every document with this key. Verifiers use its public part to check the signature.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Create key</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <source>none set up yet</source>
        <translation>none set up yet</translation>
    </message>
    <message>
        <source>Switch to another company profile</source>
        <translation>Switch to another company profile</translation>
    </message>
    <message>
        <source>none — create one in Keys</source>
        <translation>none — create one in Keys</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>OS keyring</translation>
    </message>
    <message>
        <source>encrypted file</source>
        <translation>encrypted file</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}
Issuer: {did}</source>
        <translation>Fingerprint: {fingerprint}
Issuer: {did}</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sello</source>
        <translation>Welcome to Sello</translation>
    </message>
    <message>
        <source>Let’s prepare Sello for your company. It takes about two minutes.</source>
        <translation>Let’s prepare Sello for your company. It takes about two minutes.</translation>
    </message>
    <message>
        <source>Sello signs your export documents, so anyone can check that they come from your company and were not changed.
It prints them with a QR code that U.S. border staff can verify, even offline.</source>
        <translation>Sello signs your export documents, so anyone can check that they come from your company and were not changed.
It prints them with a QR code that U.S. border staff can verify, even offline.</translation>
    </message>
    <message>
        <source>Next you will:
1. enter your company’s details,
2. create its signing key, kept safe on this computer,
3. save a protected backup copy of that key.</source>
        <translation>Next you will:
1. enter your company’s details,
2. create its signing key, kept safe on this computer,
3. save a protected backup copy of that key.</translation>
    </message>
</context>
</TS>
