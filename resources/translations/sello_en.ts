<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Here you will create your company&apos;s signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</source>
        <translation>Here you will create your company&apos;s signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</translation>
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
        <source>The operating system&apos;s keyring: {name}</source>
        <translation>The operating system&apos;s keyring: {name}</translation>
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
</TS>
