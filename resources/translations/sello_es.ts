<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Sello ran into a problem it did not expect.</source>
        <translation>Sello se encontró con un problema que no esperaba.</translation>
    </message>
    <message>
        <source>What you were doing may not have finished; check it before going on. If this happens again, click “Copy details” and send them to the person who supports Sello for you.</source>
        <translation>Es posible que lo que estaba haciendo no haya terminado; revíselo antes de continuar. Si vuelve a ocurrir, haga clic en «Copiar detalles» y envíelos a la persona que le da soporte con Sello.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This page could not be opened.</source>
        <translation>No se pudo abrir esta página.</translation>
    </message>
    <message>
        <source>Sello {version}</source>
        <translation>Sello {version}</translation>
    </message>
    <message>
        <source>About Sello</source>
        <translation>Acerca de Sello</translation>
    </message>
    <message>
        <source>Signs your export documents as W3C Verifiable Credentials and prints them with a QR code that border staff can verify offline.

Qt for Python {qt}</source>
        <translation>Firma sus documentos de exportación como credenciales verificables W3C y los imprime con un código QR que el personal de la frontera puede verificar sin conexión.

Qt for Python {qt}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Sello</source>
        <translation>&amp;Acerca de Sello</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built; it comes in the next version of Sello.</source>
        <translation>Esta página está en construcción; llegará en la próxima versión de Sello.</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Here you will create a shipment and fill in its documents: Mill Test Report, Commercial Invoice, USMCA Certification of Origin, Packing List and Bill of Lading. Then you issue them, signed, and print them with their QR code.</source>
        <translation>Aquí creará un envío y llenará sus documentos: certificado de calidad de molino (Mill Test Report), factura comercial, certificación de origen T-MEC, lista de empaque y conocimiento de embarque. Después los emitirá, firmados, y los imprimirá con su código QR.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Here you will find every document you have issued: print it again, issue a corrected version, or revoke it so that verifiers reject it.</source>
        <translation>Aquí encontrará todos los documentos que ha emitido: podrá imprimirlos de nuevo, emitir una versión corregida o revocarlos para que los verificadores los rechacen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Here you will create your company&apos;s signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</source>
        <translation>Aquí creará la llave de firma de su empresa, verá su huella digital, guardará un respaldo cifrado y la reemplazará cuando haga falta.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Here you will check a printed document: scan its QR code with a webcam or a scanner, or open an image or a PDF, and see at once whether it is genuine, unaltered and still valid.</source>
        <translation>Aquí revisará un documento impreso: escanee su código QR con una cámara web o un lector, o abra una imagen o un PDF, y verá al instante si es auténtico, si no fue alterado y si sigue vigente.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The folder could not be opened. You can find it here: {path}</source>
        <translation>No se pudo abrir la carpeta. La encontrará aquí: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>El mismo que la computadora ({language})</translation>
    </message>
    <message>
        <source>The change applies at once, without restarting Sello.</source>
        <translation>El cambio se aplica de inmediato, sin reiniciar Sello.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Company profiles, issued documents and the activity log are kept here. Private keys are not: they are in the key storage below.</source>
        <translation>Aquí se guardan los perfiles de empresa, los documentos emitidos y el registro de actividad. Las llaves privadas no: están en el almacén de llaves que se indica abajo.</translation>
    </message>
    <message>
        <source>Where private keys are kept</source>
        <translation>Dónde se guardan las llaves privadas</translation>
    </message>
    <message>
        <source>Signing algorithm for new keys</source>
        <translation>Algoritmo de firma para llaves nuevas</translation>
    </message>
    <message>
        <source>ES384 (P-384) — recommended, the one customs verifiers expect</source>
        <translation>ES384 (P-384) — recomendado, el que esperan los verificadores de aduanas</translation>
    </message>
    <message>
        <source>Ed25519 — for partners who ask for it</source>
        <translation>Ed25519 — para socios que lo soliciten</translation>
    </message>
    <message>
        <source>Existing keys keep their algorithm.</source>
        <translation>Las llaves existentes conservan su algoritmo.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Sello {version} · Qt for Python {qt} · Python {python}</source>
        <translation>Sello {version} · Qt for Python {qt} · Python {python}</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring: {name}</source>
        <translation>El llavero del sistema operativo: {name}</translation>
    </message>
    <message>
        <source>Private keys are kept in the encrypted file {path}. Without its passphrase they cannot be used.</source>
        <translation>Las llaves privadas se guardan en el archivo cifrado {path}. Sin su frase de contraseña no se pueden usar.</translation>
    </message>
    <message>
        <source>Private keys are kept by the operating system (Windows Credential Manager, macOS Keychain or the Secret Service on Linux), never in a plain file.</source>
        <translation>El sistema operativo guarda las llaves privadas (Administrador de credenciales de Windows, Llavero de macOS o Secret Service en Linux), nunca en un archivo sin cifrar.</translation>
    </message>
    <message>
        <source>An encrypted file, protected by your passphrase</source>
        <translation>Un archivo cifrado, protegido con su frase de contraseña</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <source>none set up yet</source>
        <translation>aún no configurada</translation>
    </message>
    <message>
        <source>Switch to another company profile</source>
        <translation>Cambiar a otro perfil de empresa</translation>
    </message>
    <message>
        <source>none — create one in Keys</source>
        <translation>ninguna — cree una en Llaves</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>encrypted file</source>
        <translation>archivo cifrado</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}
Issuer: {did}</source>
        <translation>Huella digital: {fingerprint}
Emisor: {did}</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Llave de firma:</translation>
    </message>
</context>
</TS>
