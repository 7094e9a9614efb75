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
            <source>Saved products</source>
            <translation>Saved products</translation>
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
        <name>BatchDialog</name>
        <message>
            <source>Save an empty CSV template</source>
            <translation>Save an empty CSV template</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Choose the CSV file</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <source>This company has no signing key yet: create one on the Keys page.</source>
            <translation>This company has no signing key yet: create one on the Keys page.</translation>
        </message>
        <message>
            <source>Stopping after the current document…</source>
            <translation>Stopping after the current document…</translation>
        </message>
        <message>
            <source>Issuing… {done} of {total}</source>
            <translation>Issuing… {done} of {total}</translation>
        </message>
        <message>
            <source>Not issued (stopped)</source>
            <translation>Not issued (stopped)</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message numerus="yes">
            <source>Not issued: %n problem(s)</source>
            <translation>
                <numerusform>Not issued: %n problem</numerusform>
                <numerusform>Not issued: %n problems</numerusform>
            </translation>
        </message>
        <message>
            <source>(whole line)</source>
            <translation>(whole line)</translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n document(s) issued.</source>
            <translation>
                <numerusform>Stopped: %n document issued.</numerusform>
                <numerusform>Stopped: %n documents issued.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n document(s) issued.</source>
            <translation>
                <numerusform>Done: %n document issued.</numerusform>
                <numerusform>Done: %n documents issued.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not issued, lines: {lines}.</source>
            <translation>Not issued, lines: {lines}.</translation>
        </message>
        <message>
            <source>Choose a CSV file. Start from the template so the columns are right.</source>
            <translation>Choose a CSV file. Start from the template so the columns are right.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) found in the file.</source>
            <translation>
                <numerusform>%n document found in the file.</numerusform>
                <numerusform>%n documents found in the file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Lines that cannot be read: {lines}.</source>
            <translation>Lines that cannot be read: {lines}.</translation>
        </message>
        <message>
            <source>Save the list of problems</source>
            <translation>Save the list of problems</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n document(s)</source>
            <translation>
                <numerusform>Issue %n document</numerusform>
                <numerusform>Issue %n documents</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue documents</source>
            <translation>Issue documents</translation>
        </message>
        <message>
            <source>Issue many documents</source>
            <translation>Issue many documents</translation>
        </message>
        <message>
            <source>Issue many documents from a CSV file</source>
            <translation>Issue many documents from a CSV file</translation>
        </message>
        <message>
            <source>Each line of the file becomes one signed document with its PDF. The columns are the form's fields, such as certificate.number or heats.1.heat_number: save the template, fill it in a spreadsheet and save it as CSV. Lines with problems are skipped and listed below.</source>
            <translation>Each line of the file becomes one signed document with its PDF. The columns are the form's fields, such as certificate.number or heats.1.heat_number: save the template, fill it in a spreadsheet and save it as CSV. Lines with problems are skipped and listed below.</translation>
        </message>
        <message>
            <source>Document type:</source>
            <translation>Document type:</translation>
        </message>
        <message>
            <source>Save empty template…</source>
            <translation>Save empty template…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>none chosen</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>Choose CSV file…</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Save list of problems…</source>
            <translation>Save list of problems…</translation>
        </message>
        <message>
            <source>Also issue lines with values outside their grade (each confirmation is kept in the audit log)</source>
            <translation>Also issue lines with values outside their grade (each confirmation is kept in the audit log)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose a company profile first.</source>
            <translation>Choose a company profile first.</translation>
        </message>
    </context>
    <context>
        <name>BundlePanel</name>
        <message>
            <source>Save the trust bundle</source>
            <translation>Save the trust bundle</translation>
        </message>
        <message>
            <source>Sello trust bundles (*.sello-bundle)</source>
            <translation>Sello trust bundles (*.sello-bundle)</translation>
        </message>
        <message>
            <source>Import a trust bundle</source>
            <translation>Import a trust bundle</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Bundle of {date} saved to {path}. Trust lists: {lists}; DID documents: {dids}; status lists: {statuses}.</source>
            <translation>Bundle of {date} saved to {path}. Trust lists: {lists}; DID documents: {dids}; status lists: {statuses}.</translation>
        </message>
        <message>
            <source>Bundle of {date} from {operator} imported. Trust lists: {lists}; DID documents: {dids}; status lists: {statuses}. Its revocation data is as of {date}.</source>
            <translation>Bundle of {date} from {operator} imported. Trust lists: {lists}; DID documents: {dids}; status lists: {statuses}. Its revocation data is as of {date}.</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>Not imported:</translation>
        </message>
        <message>
            <source>Make a bundle for offline desks</source>
            <translation>Make a bundle for offline desks</translation>
        </message>
        <message>
            <source>One signed file with the trust lists on this computer, your DID documents and your current revocation status lists. Give it to border desks that work offline, or to verifiers of a company without a website. It is signed with your company's key.</source>
            <translation>One signed file with the trust lists on this computer, your DID documents and your current revocation status lists. Give it to border desks that work offline, or to verifiers of a company without a website. It is signed with your company's key.</translation>
        </message>
        <message>
            <source>&amp;Make bundle…</source>
            <translation>&amp;Make bundle…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Import a bundle</translation>
        </message>
        <message>
            <source>A bundle is accepted only when it is signed by an operator you trust (Trust lists tab). Its revocation data is as fresh as the bundle's date.</source>
            <translation>A bundle is accepted only when it is signed by an operator you trust (Trust lists tab). Its revocation data is as fresh as the bundle's date.</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Import bundle…</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <source>All {total} parts read</source>
            <translation>All {total} parts read</translation>
        </message>
        <message>
            <source>{have} of {total} parts read: show the next code</source>
            <translation>{have} of {total} parts read: show the next code</translation>
        </message>
        <message>
            <source>Move closer: the code is too small to read.</source>
            <translation>Move closer: the code is too small to read.</translation>
        </message>
        <message>
            <source>Too much glare on the code: tilt the page away from the light.</source>
            <translation>Too much glare on the code: tilt the page away from the light.</translation>
        </message>
        <message>
            <source>Tilt less: hold the page flat, facing the camera.</source>
            <translation>Tilt less: hold the page flat, facing the camera.</translation>
        </message>
        <message>
            <source>Hold still: the code is blurred.</source>
            <translation>Hold still: the code is blurred.</translation>
        </message>
        <message>
            <source>Move the page so the whole code is inside the picture.</source>
            <translation>Move the page so the whole code is inside the picture.</translation>
        </message>
        <message>
            <source>Started over: this part belongs to another document.</source>
            <translation>Started over: this part belongs to another document.</translation>
        </message>
        <message>
            <source>No camera found — you can still scan with a handheld scanner or open a file.</source>
            <translation>No camera found — you can still scan with a handheld scanner or open a file.</translation>
        </message>
        <message>
            <source>Sello is not allowed to use the camera. Allow it in your system's privacy settings (Camera), or scan with a handheld scanner or open a file.</source>
            <translation>Sello is not allowed to use the camera. Allow it in your system's privacy settings (Camera), or scan with a handheld scanner or open a file.</translation>
        </message>
        <message>
            <source>The camera stopped working: {reason}</source>
            <translation>The camera stopped working: {reason}</translation>
        </message>
        <message>
            <source>Camera:</source>
            <translation>Camera:</translation>
        </message>
    </context>
    <context>
        <name>CompanyBox</name>
        <message>
            <source>The legal name is required.</source>
            <translation>The legal name is required.</translation>
        </message>
        <message>
            <source>This is not a valid RFC (12 characters for a company, like ADN980312AB1).</source>
            <translation>This is not a valid RFC (12 characters for a company, like ADN980312AB1).</translation>
        </message>
        <message>
            <source>A company in Mexico needs its RFC.</source>
            <translation>A company in Mexico needs its RFC.</translation>
        </message>
        <message>
            <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
            <translation>Type only the domain, like acerosdelnorte.mx (no https://, no page).</translation>
        </message>
        <message>
            <source>Saved. New documents use these details; issued ones keep theirs.</source>
            <translation>Saved. New documents use these details; issued ones keep theirs.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Legal name *:</source>
            <translation>Legal name *:</translation>
        </message>
        <message>
            <source>RFC:</source>
            <translation>RFC:</translation>
        </message>
        <message>
            <source>Street and number:</source>
            <translation>Street and number:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>City:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Postal code:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Country:</translation>
        </message>
        <message>
            <source>Website domain:</source>
            <translation>Website domain:</translation>
        </message>
        <message>
            <source>Save company details</source>
            <translation>Save company details</translation>
        </message>
        <message>
            <source>Logo (optional):</source>
            <translation>Logo (optional):</translation>
        </message>
        <message>
            <source>The issuer block of every new document prints these details. Documents already issued keep the details they were signed with. Keys already made for a website keep its domain in their identifier: after changing the domain, make a new key on the Keys page.</source>
            <translation>The issuer block of every new document prints these details. Documents already issued keep the details they were signed with. Keys already made for a website keep its domain in their identifier: after changing the domain, make a new key on the Keys page.</translation>
        </message>
    </context>
    <context>
        <name>CompanyLogoRow</name>
        <message>
            <source>Choose the company's logo</source>
            <translation>Choose the company's logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>That file is not an image Sello can use: choose a PNG or JPEG.</source>
            <translation>That file is not an image Sello can use: choose a PNG or JPEG.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
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
            <source>Out-of-grade values confirmed</source>
            <translation>Out-of-grade values confirmed</translation>
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
            <source>{spec}: {values}</source>
            <translation>{spec}: {values}</translation>
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
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Accepted by recipient</source>
            <translation>Accepted by recipient</translation>
        </message>
        <message>
            <source>Delivery failed</source>
            <translation>Delivery failed</translation>
        </message>
        <message>
            <source>To {recipient} (Traceability API)</source>
            <translation>To {recipient} (Traceability API)</translation>
        </message>
        <message>
            <source>{recipient} accepted it (HTTP {status})</source>
            <translation>{recipient} accepted it (HTTP {status})</translation>
        </message>
        <message>
            <source>To {recipient}: {reason}</source>
            <translation>To {recipient}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDetailsPanel</name>
        <message>
            <source>Revoked on {date}</source>
            <translation>Revoked on {date}</translation>
        </message>
        <message>
            <source>Valid (not revoked)</source>
            <translation>Valid (not revoked)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Revoke %n document(s)…</source>
            <translation>
                <numerusform>&amp;Revoke %n document…</numerusform>
                <numerusform>&amp;Revoke %n documents…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Revoke…</translation>
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
            <source>Reason:</source>
            <translation>Reason:</translation>
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
            <source>Save P&amp;DF copy…</source>
            <translation>Save P&amp;DF copy…</translation>
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
            <source>Search by number, customer, type, id or pedimento</source>
            <translation>Search by number, customer, type, id or pedimento</translation>
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
            <translation>
                <numerusform>%n document revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</numerusform>
                <numerusform>%n documents revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</numerusform>
            </translation>
        </message>
        <message>
            <source>Write publishing kit…</source>
            <translation>Write publishing kit…</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</source>
            <translation>
                <numerusform>%n document revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</numerusform>
                <numerusform>%n documents revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</numerusform>
            </translation>
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
        <name>DraftEditor</name>
        <message>
            <source>Draft · saving…</source>
            <translation>Draft · saving…</translation>
        </message>
        <message>
            <source>Draft · could not be saved; your changes are kept on screen</source>
            <translation>Draft · could not be saved; your changes are kept on screen</translation>
        </message>
        <message>
            <source>Draft · saved automatically {when}</source>
            <translation>Draft · saved automatically {when}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>List everything that is missing or wrong</source>
            <translation>List everything that is missing or wrong</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>Issue…</translation>
        </message>
        <message>
            <source>See the document, then sign it and save its PDF</source>
            <translation>See the document, then sign it and save its PDF</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the form; the draft stays in the list</source>
            <translation>Close the form; the draft stays in the list</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
    </context>
    <context>
        <name>DraftList</name>
        <message>
            <source>(no number yet)</source>
            <translation>(no number yet)</translation>
        </message>
        <message>
            <source>Double-click to continue this draft</source>
            <translation>Double-click to continue this draft</translation>
        </message>
        <message>
            <source>REVOKED · {details}</source>
            <translation>REVOKED · {details}</translation>
        </message>
        <message>
            <source>Double-click to start a new document from this one</source>
            <translation>Double-click to start a new document from this one</translation>
        </message>
        <message>
            <source>Revoked on {date}: verifiers reject it.</source>
            <translation>Revoked on {date}: verifiers reject it.</translation>
        </message>
        <message numerus="yes">
            <source>Drafts (%n)</source>
            <translation>
                <numerusform>Drafts (%n)</numerusform>
                <numerusform>Drafts (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued recently (%n)</source>
            <translation>
                <numerusform>Issued recently (%n)</numerusform>
                <numerusform>Issued recently (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Continue filling the selected draft</source>
            <translation>Continue filling the selected draft</translation>
        </message>
        <message>
            <source>New from this one</source>
            <translation>New from this one</translation>
        </message>
        <message>
            <source>Start a new document with the same data (you type a new number)</source>
            <translation>Start a new document with the same data (you type a new number)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected draft</source>
            <translation>Delete the selected draft</translation>
        </message>
        <message>
            <source>Your drafts and issued documents will be listed here.</source>
            <translation>Your drafts and issued documents will be listed here.</translation>
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
                <numerusform>%n problem to fix before issuing</numerusform>
                <numerusform>%n problems to fix before issuing</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a line to go to the field.</source>
            <translation>Click a line to go to the field.</translation>
        </message>
        <message>
            <source>All correct: nothing is missing or wrong.</source>
            <translation>All correct: nothing is missing or wrong.</translation>
        </message>
        <message>
            <source>The document is ready to issue.</source>
            <translation>The document is ready to issue.</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
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
        <message>
            <source>Go to {section}</source>
            <translation>Go to {section}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation>Read from</translation>
        </message>
        <message>
            <source>Genuine</source>
            <translation>Genuine</translation>
        </message>
        <message>
            <source>Genuine, with notes</source>
            <translation>Genuine, with notes</translation>
        </message>
        <message>
            <source>Cannot confirm</source>
            <translation>Cannot confirm</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>Do not accept</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Handheld scanner</source>
            <translation>Handheld scanner</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Command line</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Export the verification history</source>
            <translation>Export the verification history</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Showing the newest {shown} of {total} verifications.</source>
            <translation>Showing the newest {shown} of {total} verifications.</translation>
        </message>
        <message numerus="yes">
            <source>%n verification(s)</source>
            <translation>
                <numerusform>%n verification</numerusform>
                <numerusform>%n verifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by document number, issuer or type…</source>
            <translation>Search by document number, issuer or type…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>All verdicts</translation>
        </message>
        <message>
            <source>Genuine</source>
            <translation>Genuine</translation>
        </message>
        <message>
            <source>Genuine, with notes</source>
            <translation>Genuine, with notes</translation>
        </message>
        <message>
            <source>Cannot confirm</source>
            <translation>Cannot confirm</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>Do not accept</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>This company has no signing key yet: create one on the Keys page.</source>
            <translation>This company has no signing key yet: create one on the Keys page.</translation>
        </message>
        <message>
            <source>PREVIEW — NOT SIGNED</source>
            <translation>PREVIEW — NOT SIGNED</translation>
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation>The preview could not be made.</translation>
        </message>
        <message>
            <source>Print {name}</source>
            <translation>Print {name}</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer at 100 % scale (%n page(s)).</source>
            <translation>
                <numerusform>Sent to the printer at 100 % scale (%n page).</numerusform>
                <numerusform>Sent to the printer at 100 % scale (%n pages).</numerusform>
            </translation>
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
            <source>Export the signed credential</source>
            <translation>Export the signed credential</translation>
        </message>
        <message>
            <source>Signed credentials (*.jwt)</source>
            <translation>Signed credentials (*.jwt)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Saved as {path}</translation>
        </message>
        <message>
            <source>Issue {document}</source>
            <translation>Issue {document}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>Saved in</source>
            <translation>Saved in</translation>
        </message>
        <message>
            <source>Check the document before signing</source>
            <translation>Check the document before signing</translation>
        </message>
        <message>
            <source>This is the first page as it will be printed. Once signed, the document cannot be changed: a correction is a new document. The QR code in the preview is only a placeholder.</source>
            <translation>This is the first page as it will be printed. Once signed, the document cannot be changed: a correction is a new document. The QR code in the preview is only a placeholder.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Signing…</translation>
        </message>
        <message>
            <source>Signing the document with the company's key and saving its PDF.</source>
            <translation>Signing the document with the company's key and saving its PDF.</translation>
        </message>
        <message>
            <source>Document issued</source>
            <translation>Document issued</translation>
        </message>
        <message>
            <source>The signed PDF is saved. Print it at 100 % scale so that its QR code scans reliably.</source>
            <translation>The signed PDF is saved. Print it at 100 % scale so that its QR code scans reliably.</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Back to editing</translation>
        </message>
        <message>
            <source>Sign and issue</source>
            <translation>Sign and issue</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save PDF as…</source>
            <translation>Save PDF as…</translation>
        </message>
        <message>
            <source>Export signed credential (.jwt)…</source>
            <translation>Export signed credential (.jwt)…</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <source>Choose a company profile first.</source>
            <translation>Choose a company profile first.</translation>
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
        <message>
            <source>Publish website kit…</source>
            <translation>Publish website kit…</translation>
        </message>
        <message>
            <source>Write did.json and the revocation list into a folder to upload to the company website</source>
            <translation>Write did.json and the revocation list into a folder to upload to the company website</translation>
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
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Inbox</translation>
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
        <name>OperatedListsPanel</name>
        <message>
            <source>Issuers</source>
            <translation>Issuers</translation>
        </message>
        <message>
            <source>Issuers on “{name}” (version {version})</source>
            <translation>Issuers on “{name}” (version {version})</translation>
        </message>
        <message>
            <source>Created “{name}”. Add the issuers it vouches for, then sign it.</source>
            <translation>Created “{name}”. Add the issuers it vouches for, then sign it.</translation>
        </message>
        <message>
            <source>Remove issuer</source>
            <translation>Remove issuer</translation>
        </message>
        <message>
            <source>Remove {name} from “{list}”? Verifiers see the change when you sign and hand out the list again.</source>
            <translation>Remove {name} from “{list}”? Verifiers see the change when you sign and hand out the list again.</translation>
        </message>
        <message>
            <source>Saved. Sign the list again to hand out the change.</source>
            <translation>Saved. Sign the list again to hand out the change.</translation>
        </message>
        <message>
            <source>Save the signed trust list</source>
            <translation>Save the signed trust list</translation>
        </message>
        <message>
            <source>Signed trust lists (*.jwt)</source>
            <translation>Signed trust lists (*.jwt)</translation>
        </message>
        <message>
            <source>Signed version {version}, valid until {date}, and saved to {path}.</source>
            <translation>Signed version {version}, valid until {date}, and saved to {path}.</translation>
        </message>
        <message>
            <source>If you run a trust list (for example, a chamber vouching for its member mills), create it here, add the issuers and sign it with your company's key. Verifiers who trust you import the signed file.</source>
            <translation>If you run a trust list (for example, a chamber vouching for its member mills), create it here, add the issuers and sign it with your company's key. Verifiers who trust you import the signed file.</translation>
        </message>
        <message>
            <source>Lis&amp;t:</source>
            <translation>Lis&amp;t:</translation>
        </message>
        <message>
            <source>Name of a new list</source>
            <translation>Name of a new list</translation>
        </message>
        <message>
            <source>&amp;Create list</source>
            <translation>&amp;Create list</translation>
        </message>
        <message>
            <source>Identifier (DID):</source>
            <translation>Identifier (DID):</translation>
        </message>
        <message>
            <source>Legal name:</source>
            <translation>Legal name:</translation>
        </message>
        <message>
            <source>Tax id (RFC):</source>
            <translation>Tax id (RFC):</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Country:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>Listed until:</source>
            <translation>Listed until:</translation>
        </message>
        <message>
            <source>Limit to</source>
            <translation>Limit to</translation>
        </message>
        <message>
            <source>&amp;Add or update issuer</source>
            <translation>&amp;Add or update issuer</translation>
        </message>
        <message>
            <source>&amp;Remove issuer…</source>
            <translation>&amp;Remove issuer…</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Legal name</translation>
        </message>
        <message>
            <source>RFC</source>
            <translation>RFC</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Listed until</source>
            <translation>Listed until</translation>
        </message>
        <message>
            <source>Identifier (DID)</source>
            <translation>Identifier (DID)</translation>
        </message>
        <message>
            <source>Vali&amp;d for (months):</source>
            <translation>Vali&amp;d for (months):</translation>
        </message>
        <message>
            <source>&amp;Sign and save…</source>
            <translation>&amp;Sign and save…</translation>
        </message>
    </context>
    <context>
        <name>OperatorPinning</name>
        <message>
            <source>The operator's DID document</source>
            <translation>The operator's DID document</translation>
        </message>
        <message>
            <source>DID documents (*.json)</source>
            <translation>DID documents (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Trust this operator?</source>
            <translation>Trust this operator?</translation>
        </message>
        <message>
            <source>Ask the operator to read its fingerprint to you by phone and compare it group by group:

{fingerprint}

Trust {did} only if every group matches.</source>
            <translation>Ask the operator to read its fingerprint to you by phone and compare it group by group:

{fingerprint}

Trust {did} only if every group matches.</translation>
        </message>
        <message>
            <source>They match: trust it</source>
            <translation>They match: trust it</translation>
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
        <name>PublishPanel</name>
        <message>
            <source>published at {url}</source>
            <translation>published at {url}</translation>
        </message>
        <message>
            <source>Written to {folder}: {files}</source>
            <translation>Written to {folder}: {files}</translation>
        </message>
        <message>
            <source>Verifiers find your public keys and your revocation status list on your website (did:web). Write the publishing kit into a folder and upload it to your website; do it again after you revoke a document or change your key. The kit includes instructions for your webmaster in Spanish and English.</source>
            <translation>Verifiers find your public keys and your revocation status list on your website (did:web). Write the publishing kit into a folder and upload it to your website; do it again after you revoke a document or change your key. The kit includes instructions for your webmaster in Spanish and English.</translation>
        </message>
        <message>
            <source>Your identifier:</source>
            <translation>Your identifier:</translation>
        </message>
        <message>
            <source>This company has no did:web identifier, so there is nothing to publish on a website. Its documents verify on their own (did:key), and verifiers get its revocation status list in a trust bundle (Offline bundles tab). Customs verifiers expect did:web: create a did:web key on the Keys page.</source>
            <translation>This company has no did:web identifier, so there is nothing to publish on a website. Its documents verify on their own (did:key), and verifiers get its revocation status list in a trust bundle (Offline bundles tab). Customs verifiers expect did:web: create a did:web key on the Keys page.</translation>
        </message>
        <message>
            <source>&amp;Write publishing kit…</source>
            <translation>&amp;Write publishing kit…</translation>
        </message>
        <message>
            <source>&amp;Check my website</source>
            <translation>&amp;Check my website</translation>
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
        <name>ReportExporter</name>
        <message>
            <source>Save the verdict as JSON</source>
            <translation>Save the verdict as JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Save the verification report (PDF)</source>
            <translation>Save the verification report (PDF)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message numerus="yes">
            <source>Revoke document(s)</source>
            <translation>
                <numerusform>Revoke document</numerusform>
                <numerusform>Revoke documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n document(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Revoke %n document? This cannot be undone.</numerusform>
                <numerusform>Revoke %n documents? This cannot be undone.</numerusform>
            </translation>
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
            <translation>
                <numerusform>&amp;Revoke %n document</numerusform>
                <numerusform>&amp;Revoke %n documents</numerusform>
            </translation>
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
        <name>ScanField</name>
        <message>
            <source>Click here, then scan the QR code with a handheld scanner (or paste the code's text and press Enter).</source>
            <translation>Click here, then scan the QR code with a handheld scanner (or paste the code's text and press Enter).</translation>
        </message>
        <message>
            <source>Scanner input</source>
            <translation>Scanner input</translation>
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
        <name>ShipmentsPage</name>
        <message>
            <source>(no number yet)</source>
            <translation>(no number yet)</translation>
        </message>
        <message>
            <source>Delete this draft?</source>
            <translation>Delete this draft?</translation>
        </message>
        <message>
            <source>The draft and everything typed in it will be deleted. Issued documents are not affected.</source>
            <translation>The draft and everything typed in it will be deleted. Issued documents are not affected.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <source>Choose a CFDI invoice</source>
            <translation>Choose a CFDI invoice</translation>
        </message>
        <message>
            <source>CFDI invoices (*.xml)</source>
            <translation>CFDI invoices (*.xml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>This company has no signing key yet: create one on the Keys page, then issue the document.</source>
            <translation>This company has no signing key yet: create one on the Keys page, then issue the document.</translation>
        </message>
        <message>
            <source>Shipments</source>
            <translation>Shipments</translation>
        </message>
        <message>
            <source>Set up your company first: documents are issued in its name.</source>
            <translation>Set up your company first: documents are issued in its name.</translation>
        </message>
        <message>
            <source>New document</source>
            <translation>New document</translation>
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
        <name>SpecPanel</name>
        <message>
            <source>Values outside %s</source>
            <translation>Values outside %s</translation>
        </message>
        <message>
            <source>Compare them with the laboratory's results. If they are right, confirm below: the confirmation is kept in the audit log.</source>
            <translation>Compare them with the laboratory's results. If they are right, confirm below: the confirmation is kept in the audit log.</translation>
        </message>
        <message>
            <source>They are right: issue anyway</source>
            <translation>They are right: issue anyway</translation>
        </message>
        <message>
            <source>Product specification</source>
            <translation>Product specification</translation>
        </message>
        <message>
            <source>The PDF will say: %s</source>
            <translation>The PDF will say: %s</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <source>Start a document</source>
            <translation>Start a document</translation>
        </message>
        <message>
            <source>Choose the kind of document. It is saved as a draft while you type, so you can close Sello and continue later.</source>
            <translation>Choose the kind of document. It is saved as a draft while you type, so you can close Sello and continue later.</translation>
        </message>
        <message>
            <source>Or start from a file:</source>
            <translation>Or start from a file:</translation>
        </message>
        <message>
            <source>From a CFDI invoice (XML)</source>
            <translation>From a CFDI invoice (XML)</translation>
        </message>
        <message>
            <source>Fill a document with the data of a stamped CFDI 4.0: an export invoice (Comercio Exterior complement) or, for the bill of lading, a Carta Porte 3.1</source>
            <translation>Fill a document with the data of a stamped CFDI 4.0: an export invoice (Comercio Exterior complement) or, for the bill of lading, a Carta Porte 3.1</translation>
        </message>
        <message>
            <source>Many documents from a CSV file…</source>
            <translation>Many documents from a CSV file…</translation>
        </message>
        <message>
            <source>Issue one document per line of a spreadsheet saved as CSV</source>
            <translation>Issue one document per line of a spreadsheet saved as CSV</translation>
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
        <name>TrustFreshness</name>
        <message>
            <source>Trust bundle of {date} from {operator} imported.</source>
            <translation>Trust bundle of {date} from {operator} imported.</translation>
        </message>
        <message>
            <source>Import a trust bundle</source>
            <translation>Import a trust bundle</translation>
        </message>
        <message>
            <source>Sello trust bundles (*.sello-bundle)</source>
            <translation>Sello trust bundles (*.sello-bundle)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Trust data as of {date}.</source>
            <translation>Trust data as of {date}.</translation>
        </message>
        <message>
            <source>No trust bundle imported yet: issuers' keys come from their websites and the copies saved here.</source>
            <translation>No trust bundle imported yet: issuers' keys come from their websites and the copies saved here.</translation>
        </message>
    </context>
    <context>
        <name>TrustListsPanel</name>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>Issuers on “{name}” (valid from {start}):</source>
            <translation>Issuers on “{name}” (valid from {start}):</translation>
        </message>
        <message>
            <source>Issuers on the selected list:</source>
            <translation>Issuers on the selected list:</translation>
        </message>
        <message>
            <source>Import a signed trust list</source>
            <translation>Import a signed trust list</translation>
        </message>
        <message>
            <source>Signed trust lists (*.jwt *.txt)</source>
            <translation>Signed trust lists (*.jwt *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported “{name}” (version {version}, %n issuer(s)) from {operator}.</source>
            <translation>
                <numerusform>Imported “{name}” (version {version}, %n issuer) from {operator}.</numerusform>
                <numerusform>Imported “{name}” (version {version}, %n issuers) from {operator}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove trust list</source>
            <translation>Remove trust list</translation>
        </message>
        <message>
            <source>Remove “{name}”? Documents from the issuers on it will no longer show as trusted on this computer.</source>
            <translation>Remove “{name}”? Documents from the issuers on it will no longer show as trusted on this computer.</translation>
        </message>
        <message>
            <source>Remove list</source>
            <translation>Remove list</translation>
        </message>
        <message>
            <source>Removed “{name}”.</source>
            <translation>Removed “{name}”.</translation>
        </message>
        <message>
            <source>You now trust lists signed by {name}.</source>
            <translation>You now trust lists signed by {name}.</translation>
        </message>
        <message>
            <source>Stop trusting an operator</source>
            <translation>Stop trusting an operator</translation>
        </message>
        <message>
            <source>Stop trusting {name}? Its trust lists are removed from this computer too.</source>
            <translation>Stop trusting {name}? Its trust lists are removed from this computer too.</translation>
        </message>
        <message>
            <source>Stop trusting</source>
            <translation>Stop trusting</translation>
        </message>
        <message>
            <source>Trust lists on this computer</source>
            <translation>Trust lists on this computer</translation>
        </message>
        <message>
            <source>A trust list names the mills and brokers an operator (a chamber of commerce, an authority) vouches for. Verifying a document from an issuer on a current list shows who it is, in green.</source>
            <translation>A trust list names the mills and brokers an operator (a chamber of commerce, an authority) vouches for. Verifying a document from an issuer on a current list shows who it is, in green.</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Issuers</source>
            <translation>Issuers</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Legal name</translation>
        </message>
        <message>
            <source>RFC</source>
            <translation>RFC</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Identifier (DID)</source>
            <translation>Identifier (DID)</translation>
        </message>
        <message>
            <source>&amp;Import list…</source>
            <translation>&amp;Import list…</translation>
        </message>
        <message>
            <source>&amp;Remove list…</source>
            <translation>&amp;Remove list…</translation>
        </message>
        <message>
            <source>Operators you trust</source>
            <translation>Operators you trust</translation>
        </message>
        <message>
            <source>Lists are accepted only from operators you trust. Add one by its identifier (DID), as the operator published it.</source>
            <translation>Lists are accepted only from operators you trust. Add one by its identifier (DID), as the operator published it.</translation>
        </message>
        <message>
            <source>Trusted since</source>
            <translation>Trusted since</translation>
        </message>
        <message>
            <source>Operator's DID (did:web:…, did:key:…)</source>
            <translation>Operator's DID (did:web:…, did:key:…)</translation>
        </message>
        <message>
            <source>Operator's name</source>
            <translation>Operator's name</translation>
        </message>
        <message>
            <source>&amp;Trust operator</source>
            <translation>&amp;Trust operator</translation>
        </message>
        <message>
            <source>&amp;Stop trusting…</source>
            <translation>&amp;Stop trusting…</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>A signature proves a document is unaltered; trust says who signed it. Publish your keys so verifiers can check your documents, and choose whose trust lists this computer accepts.</source>
            <translation>A signature proves a document is unaltered; trust says who signed it. Publish your keys so verifiers can check your documents, and choose whose trust lists this computer accepts.</translation>
        </message>
        <message>
            <source>&amp;Publishing</source>
            <translation>&amp;Publishing</translation>
        </message>
        <message>
            <source>Trust &amp;lists</source>
            <translation>Trust &amp;lists</translation>
        </message>
        <message>
            <source>Lists I &amp;operate</source>
            <translation>Lists I &amp;operate</translation>
        </message>
        <message>
            <source>Offline &amp;bundles</source>
            <translation>Offline &amp;bundles</translation>
        </message>
    </context>
    <context>
        <name>TrustRoles</name>
        <message>
            <source>Mill</source>
            <translation>Mill</translation>
        </message>
        <message>
            <source>Customs broker</source>
            <translation>Customs broker</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
    </context>
    <context>
        <name>VerdictPanel</name>
        <message>
            <source>Verifying…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <source>Checking the signature, the issuer's key, the dates, the revocation status and the trust lists.</source>
            <translation>Checking the signature, the issuer's key, the dates, the revocation status and the trust lists.</translation>
        </message>
        <message>
            <source>This input could not be verified</source>
            <translation>This input could not be verified</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log.</source>
            <translation>Something went wrong; the details are in the log.</translation>
        </message>
        <message>
            <source>Ready to verify</source>
            <translation>Ready to verify</translation>
        </message>
        <message>
            <source>Hold the document's QR code in front of the camera, scan it with a handheld scanner, or open a photo, a PDF or a credential file.</source>
            <translation>Hold the document's QR code in front of the camera, scan it with a handheld scanner, or open a photo, a PDF or a credential file.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Tips</translation>
        </message>
        <message>
            <source>Hold the page flat, 15 to 30 cm from the camera, with the light behind you: the green frame shows when the code is found.</source>
            <translation>Hold the page flat, 15 to 30 cm from the camera, with the light behind you: the green frame shows when the code is found.</translation>
        </message>
        <message>
            <source>A code printed in several parts: show each part in turn, in any order.</source>
            <translation>A code printed in several parts: show each part in turn, in any order.</translation>
        </message>
        <message>
            <source>A handheld scanner must type with the US keyboard layout; Sello says so when it does not.</source>
            <translation>A handheld scanner must type with the US keyboard layout; Sello says so when it does not.</translation>
        </message>
        <message>
            <source>Compare the highlighted values with the paper: heat numbers, countries, weights and HS codes.</source>
            <translation>Compare the highlighted values with the paper: heat numbers, countries, weights and HS codes.</translation>
        </message>
        <message>
            <source>Genuine</source>
            <translation>Genuine</translation>
        </message>
        <message>
            <source>Genuine — check the notes below</source>
            <translation>Genuine — check the notes below</translation>
        </message>
        <message>
            <source>Cannot confirm — this is not a rejection</source>
            <translation>Cannot confirm — this is not a rejection</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>Do not accept</translation>
        </message>
        <message>
            <source>Next step:</source>
            <translation>Next step:</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>Document: {doc}</source>
            <translation>Document: {doc}</translation>
        </message>
        <message>
            <source>Highlighted: the values to compare with the paper.</source>
            <translation>Highlighted: the values to compare with the paper.</translation>
        </message>
        <message>
            <source>Not confirmed: the signature does not vouch for these values. They are shown only to compare with the paper.</source>
            <translation>Not confirmed: the signature does not vouch for these values. They are shown only to compare with the paper.</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation>Copy as JSON</translation>
        </message>
        <message>
            <source>Save JSON…</source>
            <translation>Save JSON…</translation>
        </message>
        <message>
            <source>Save PDF report…</source>
            <translation>Save PDF report…</translation>
        </message>
    </context>
    <context>
        <name>VerifierView</name>
        <message>
            <source>Photos, PDFs and credentials ({patterns})</source>
            <translation>Photos, PDFs and credentials ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Open a document to verify</source>
            <translation>Open a document to verify</translation>
        </message>
        <message>
            <source>To fix it for good, set the scanner to the US keyboard layout (in the scanner's setup guide: “keyboard emulation: US” or “country: USA”), or switch this computer's keyboard to English (US) while scanning.</source>
            <translation>To fix it for good, set the scanner to the US keyboard layout (in the scanner's setup guide: “keyboard emulation: US” or “country: USA”), or switch this computer's keyboard to English (US) while scanning.</translation>
        </message>
        <message>
            <source>The scanner typed characters that a Sello QR code never contains ({chars}): its keyboard layout does not match this computer's{layout}.</source>
            <translation>The scanner typed characters that a Sello QR code never contains ({chars}): its keyboard layout does not match this computer's{layout}.</translation>
        </message>
        <message>
            <source> (this computer uses a {name} layout)</source>
            <translation> (this computer uses a {name} layout)</translation>
        </message>
        <message>
            <source>Then scan again.</source>
            <translation>Then scan again.</translation>
        </message>
        <message>
            <source>The scanner typed with a {name} keyboard layout, so characters arrived changed (“{typed}” instead of “{meant}”). Sello undid this for this scan.</source>
            <translation>The scanner typed with a {name} keyboard layout, so characters arrived changed (“{typed}” instead of “{meant}”). Sello undid this for this scan.</translation>
        </message>
        <message>
            <source>The scanner typed lower-case letters (is Caps Lock on?). Sello corrected them: a Sello code uses capitals only.</source>
            <translation>The scanner typed lower-case letters (is Caps Lock on?). Sello corrected them: a Sello code uses capitals only.</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>German (QWERTZ)</source>
            <translation>German (QWERTZ)</translation>
        </message>
        <message>
            <source>French (AZERTY)</source>
            <translation>French (AZERTY)</translation>
        </message>
        <message>
            <source>Handheld scanner</source>
            <translation>Handheld scanner</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>Open file…</translation>
        </message>
        <message>
            <source>Scan next document</source>
            <translation>Scan next document</translation>
        </message>
        <message>
            <source>Or drop a photo, a PDF, a .jwt or a JSON credential anywhere here.</source>
            <translation>Or drop a photo, a PDF, a .jwt or a JSON credential anywhere here.</translation>
        </message>
    </context>
    <context>
        <name>VerifierWindow</name>
        <message>
            <source>Sello — Verify documents</source>
            <translation>Sello — Verify documents</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open a file to verify…</source>
            <translation>&amp;Open a file to verify…</translation>
        </message>
        <message>
            <source>Scan the &amp;next document</source>
            <translation>Scan the &amp;next document</translation>
        </message>
        <message>
            <source>&amp;Export the history as CSV…</source>
            <translation>&amp;Export the history as CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Trust</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Import bundle…</translation>
        </message>
        <message>
            <source>&amp;Trust an operator from a file…</source>
            <translation>&amp;Trust an operator from a file…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify a document</source>
            <translation>Verify a document</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>WebsiteCheckView</name>
        <message>
            <source>Checking your website…</source>
            <translation>Checking your website…</translation>
        </message>
        <message>
            <source>Your website serves exactly what this computer has ({when}).</source>
            <translation>Your website serves exactly what this computer has ({when}).</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be downloaded from your website ({when}). Check that the publishing kit is uploaded and that this computer is online, then check again.</source>
            <translation>
                <numerusform>%n file could not be downloaded from your website ({when}). Check that the publishing kit is uploaded and that this computer is online, then check again.</numerusform>
                <numerusform>%n files could not be downloaded from your website ({when}). Check that the publishing kit is uploaded and that this computer is online, then check again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n difference(s) found on your website ({when}). Write the publishing kit again and upload it.</source>
            <translation>
                <numerusform>%n difference found on your website ({when}). Write the publishing kit again and upload it.</numerusform>
                <numerusform>%n differences found on your website ({when}). Write the publishing kit again and upload it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebsiteDifferenceTexts</name>
        <message>
            <source>Could not be downloaded: {reason}</source>
            <translation>Could not be downloaded: {reason}</translation>
        </message>
        <message>
            <source>Is not a valid DID document: {reason}</source>
            <translation>Is not a valid DID document: {reason}</translation>
        </message>
        <message>
            <source>Lists a key this computer does not have: {key}</source>
            <translation>Lists a key this computer does not have: {key}</translation>
        </message>
        <message>
            <source>Is missing the key {key}: upload the new did.json.</source>
            <translation>Is missing the key {key}: upload the new did.json.</translation>
        </message>
        <message>
            <source>Publishes a different public key under {key}.</source>
            <translation>Publishes a different public key under {key}.</translation>
        </message>
        <message>
            <source>Does not authorise {key} to sign documents.</source>
            <translation>Does not authorise {key} to sign documents.</translation>
        </message>
        <message>
            <source>Cannot be checked until did.json is right.</source>
            <translation>Cannot be checked until did.json is right.</translation>
        </message>
        <message>
            <source>Is not a valid status list: {reason}</source>
            <translation>Is not a valid status list: {reason}</translation>
        </message>
        <message>
            <source>Has {live} entries; this computer's list has {ours}.</source>
            <translation>Has {live} entries; this computer's list has {ours}.</translation>
        </message>
        <message numerus="yes">
            <source>Is out of date: %n revocation(s) are not published yet. Upload the new status list.</source>
            <translation>
                <numerusform>Is out of date: %n revocation is not published yet. Upload the new status list.</numerusform>
                <numerusform>Is out of date: %n revocations are not published yet. Upload the new status list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marks %n document(s) revoked that this computer does not.</source>
            <translation>
                <numerusform>Marks %n document revoked that this computer does not.</numerusform>
                <numerusform>Marks %n documents revoked that this computer does not.</numerusform>
            </translation>
        </message>
        <message>
            <source>the website answered “not found” (HTTP 404): the file is not uploaded there yet.</source>
            <translation>the website answered “not found” (HTTP 404): the file is not uploaded there yet.</translation>
        </message>
        <message>
            <source>the website answered with an error (HTTP {status}).</source>
            <translation>the website answered with an error (HTTP {status}).</translation>
        </message>
        <message>
            <source>the website did not answer in time.</source>
            <translation>the website did not answer in time.</translation>
        </message>
        <message>
            <source>no connection to the website ({reason})</source>
            <translation>no connection to the website ({reason})</translation>
        </message>
        <message>
            <source>the website's certificate could not be verified; Sello does not trust it.</source>
            <translation>the website's certificate could not be verified; Sello does not trust it.</translation>
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
    <context>
        <name>InboxPage</name>
        <message>
            <source>Showing {shown} of {total} received presentations</source>
            <translation>Showing {shown} of {total} received presentations</translation>
        </message>
        <message>
            <source>Nothing received yet. Presentations partners send to your Sello API appear here.</source>
            <translation>Nothing received yet. Presentations partners send to your Sello API appear here.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Export received presentations</source>
            <translation>Export received presentations</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <source>Documents partners sent to your Sello API. Each one was verified when it arrived; open a document to see every check.</source>
            <translation>Documents partners sent to your Sello API. Each one was verified when it arrived; open a document to see every check.</translation>
        </message>
        <message>
            <source>Search sender, shipment or issuer</source>
            <translation>Search sender, shipment or issuer</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>All verdicts</translation>
        </message>
        <message>
            <source>Unread only</source>
            <translation>Unread only</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Open in Verify</source>
            <translation>Open in Verify</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Document id</source>
            <translation>Document id</translation>
        </message>
    </context>
    <context>
        <name>InboxTableModel</name>
        <message>
            <source>✓ Valid</source>
            <translation>✓ Valid</translation>
        </message>
        <message>
            <source>! Valid, with caveats</source>
            <translation>! Valid, with caveats</translation>
        </message>
        <message>
            <source>✗ Invalid</source>
            <translation>✗ Invalid</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Shipment</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
    </context>
    <context>
        <name>OutboxPanel</name>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Waiting to retry</translation>
        </message>
        <message>
            <source>Outbox: {delivered} delivered, {pending} waiting, {failed} failed</source>
            <translation>Outbox: {delivered} delivered, {pending} waiting, {failed} failed</translation>
        </message>
        <message>
            <source>Delivered to {name}.</source>
            <translation>Delivered to {name}.</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>Send…</translation>
        </message>
        <message>
            <source>Send the selected documents to a partner's system</source>
            <translation>Send the selected documents to a partner's system</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Queued</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <source>New recipient</source>
            <translation>New recipient</translation>
        </message>
        <message>
            <source>A partner that receives documents over the Traceability API gives you its DID and an OAuth client. The client secret is kept in your key store, never in Sello's database.</source>
            <translation>A partner that receives documents over the Traceability API gives you its DID and an OAuth client. The client secret is kept in your key store, never in Sello's database.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Partner DID (did:web)</source>
            <translation>Partner DID (did:web)</translation>
        </message>
        <message>
            <source>OAuth client id</source>
            <translation>OAuth client id</translation>
        </message>
        <message>
            <source>Token endpoint</source>
            <translation>Token endpoint</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Client secret</translation>
        </message>
        <message>
            <source>Audience (optional)</source>
            <translation>Audience (optional)</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Scopes</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>{did} • client {client}</source>
            <translation>{did} • client {client}</translation>
        </message>
        <message>
            <source>No recipient yet: add the partner that will receive the documents.</source>
            <translation>No recipient yet: add the partner that will receive the documents.</translation>
        </message>
        <message>
            <source>Signing and sending to {name}…</source>
            <translation>Signing and sending to {name}…</translation>
        </message>
        <message>
            <source>✓ Delivered to {name}: its system accepted the presentation.</source>
            <translation>✓ Delivered to {name}: its system accepted the presentation.</translation>
        </message>
        <message>
            <source>Not delivered yet: {reason} It waits in the outbox.</source>
            <translation>Not delivered yet: {reason} It waits in the outbox.</translation>
        </message>
        <message>
            <source>✗ Not delivered: {reason} Fix it, then use Retry on the Documents page.</source>
            <translation>✗ Not delivered: {reason} Fix it, then use Retry on the Documents page.</translation>
        </message>
        <message>
            <source>Send documents</source>
            <translation>Send documents</translation>
        </message>
        <message>
            <source>Sello signs the chosen documents into one presentation with your company key and sends it to the partner's system over its Traceability API. If the partner cannot be reached, it waits in the outbox and is sent later.</source>
            <translation>Sello signs the chosen documents into one presentation with your company key and sends it to the partner's system over its Traceability API. If the partner cannot be reached, it waits in the outbox and is sent later.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>New recipient…</source>
            <translation>New recipient…</translation>
        </message>
        <message>
            <source>e.g. shipment or order number (optional)</source>
            <translation>e.g. shipment or order number (optional)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Shipment reference</source>
            <translation>Shipment reference</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>{path} could not be written: {reason}.</translation>
        </message>
        <message>
            <source>The key that signed {document} is no longer on this computer.</source>
            <translation>The key that signed {document} is no longer on this computer.</translation>
        </message>
        <message>
            <source>Choose another file name: that is the document's own PDF.</source>
            <translation>Choose another file name: that is the document's own PDF.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The printer could not start the job. Check that it is connected and try again.</source>
            <translation>The printer could not start the job. Check that it is connected and try again.</translation>
        </message>
    </context>
    <context>
        <name>ScanPipeline</name>
        <message>
            <source>Started over: this part belongs to another document.</source>
            <translation>Started over: this part belongs to another document.</translation>
        </message>
    </context>
    <context>
        <name>TrustFiles</name>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>{name} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>{name} is too large to be a signed trust list.</source>
            <translation>{name} is too large to be a signed trust list.</translation>
        </message>
        <message>
            <source>{name} is not a signed trust list (not text).</source>
            <translation>{name} is not a signed trust list (not text).</translation>
        </message>
        <message>
            <source>A trust list is valid for 1 to 60 months.</source>
            <translation>A trust list is valid for 1 to 60 months.</translation>
        </message>
        <message>
            <source>The company has no current signing key to sign the list with.</source>
            <translation>The company has no current signing key to sign the list with.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>{path} could not be written: {reason}.</translation>
        </message>
    </context>
</TS>
