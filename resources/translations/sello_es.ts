<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>AddressBookButton</name>
    <message>
        <source>Nothing saved yet: entries are added when you issue a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save what is typed here in the address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a product description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type {what} first, then save it in the address book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in this company from the ones used in earlier documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in this product from the ones used in earlier documents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Respaldo guardado: {path}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Omitir por ahora</translation>
    </message>
    <message>
        <source>Back up your key</source>
        <translation>Respalde su llave</translation>
    </message>
    <message>
        <source>If this computer breaks or is lost, the backup lets you keep signing.</source>
        <translation>Si esta computadora se descompone o se pierde, el respaldo le permite seguir firmando.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the backup file, then save it on a USB drive or another safe place, not only on this computer.</source>
        <translation>Elija una frase de contraseña para proteger el archivo de respaldo y guárdelo en una memoria USB u otro lugar seguro, no solo en esta computadora.</translation>
    </message>
    <message>
        <source>The backup file contains your company’s private key. Anyone who has the file and its passphrase can sign documents in your company’s name.</source>
        <translation>El archivo de respaldo contiene la llave privada de su empresa. Quien tenga el archivo y su frase de contraseña puede firmar documentos a nombre de su empresa.</translation>
    </message>
    <message>
        <source>&amp;Save backup file…</source>
        <translation>&amp;Guardar archivo de respaldo…</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>Back up key “{name}”</source>
        <translation>Respaldar la llave “{name}”</translation>
    </message>
    <message>
        <source>The backup is a file protected by a passphrase. Keep it on a USB drive or another safe place, away from this computer.</source>
        <translation>El respaldo es un archivo protegido con una frase de contraseña. Guárdelo en una memoria USB u otro lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Warning: the file contains the private key. Anyone who has it and its passphrase can sign documents in your company’s name. Never send it by e-mail.</source>
        <translation>Atención: el archivo contiene la llave privada. Quien lo tenga junto con su frase de contraseña puede firmar documentos a nombre de su empresa. Nunca lo envíe por correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>An RFC has 12 characters for a company: 3 letters, the date of incorporation as YYMMDD and a 3-character homoclave, like ADN980312AB1.</source>
        <translation>El RFC de una empresa tiene 12 caracteres: 3 letras, la fecha de constitución como AAMMDD y una homoclave de 3 caracteres, por ejemplo ADN980312AB1.</translation>
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
        <translation>Escriba solo el dominio, por ejemplo acerosdelnorte.mx (sin https:// ni página).</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>As it appears on your invoices. Fields marked * are required.</source>
        <translation>Tal como aparece en sus facturas. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>&amp;Legal name *:</source>
        <translation>&amp;Razón social *:</translation>
    </message>
    <message>
        <source>&amp;Street and number:</source>
        <translation>&amp;Calle y número:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Website domain:</source>
        <translation>&amp;Dominio del sitio web:</translation>
    </message>
    <message>
        <source>Aceros del Norte, S.A. de C.V.</source>
        <translation>Aceros del Norte, S.A. de C.V.</translation>
    </message>
    <message>
        <source>Only if your company has a website. You can leave it empty.</source>
        <translation>Solo si su empresa tiene sitio web. Puede dejarlo vacío.</translation>
    </message>
</context>
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
    <name>CreateKeyPage</name>
    <message>
        <source>Signing key {year}</source>
        <translation>Llave de firma {year}</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the error window.</source>
        <translation>Algo salió mal; los detalles están en la ventana de error.</translation>
    </message>
    <message>
        <source>Saving your company’s details…</source>
        <translation>Guardando los datos de su empresa…</translation>
    </message>
    <message>
        <source>Creating the encrypted key file…</source>
        <translation>Creando el archivo cifrado de llaves…</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>Creando su llave de firma…</translation>
    </message>
    <message>
        <source>The key could not be created: {reason}</source>
        <translation>No se pudo crear la llave: {reason}</translation>
    </message>
    <message>
        <source>Your signing key is ready. Its fingerprint:</source>
        <translation>Su llave de firma está lista. Su huella digital:</translation>
    </message>
    <message>
        <source>{algorithm} key, identifier {did}</source>
        <translation>Llave {algorithm}, identificador {did}</translation>
    </message>
    <message>
        <source>Creating your signing key</source>
        <translation>Creación de su llave de firma</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>…and %n more</source>
        <translation type="unfinished">…y %n más</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DocumentAuditView</name>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Signed with key {key}</source>
        <translation>Firmado con la clave {key}</translation>
    </message>
    <message>
        <source>PDF rendered again: {file}</source>
        <translation>PDF generado de nuevo: {file}</translation>
    </message>
    <message>
        <source>Signed token (.jwt): {file}</source>
        <translation>Credencial firmada (.jwt): {file}</translation>
    </message>
    <message>
        <source>PDF copy: {file}</source>
        <translation>Copia del PDF: {file}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Checking the activity log…</source>
        <translation>Comprobando el registro de actividad…</translation>
    </message>
    <message>
        <source>✓ Activity log verified: no entry was altered or removed.</source>
        <translation>✓ Registro de actividad verificado: ninguna entrada fue alterada ni borrada.</translation>
    </message>
    <message>
        <source>✗ The activity log was tampered with: {reason}</source>
        <translation>✗ El registro de actividad fue manipulado: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Activity of this document</source>
        <translation>Actividad de este documento</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsPanel</name>
    <message>
        <source>Revoked on {date}. Reason: {reason}</source>
        <translation>Revocado el {date}. Motivo: {reason}</translation>
    </message>
    <message>
        <source>Valid (not revoked)</source>
        <translation>Vigente (no revocado)</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %n document(s)…</source>
        <translation><numerusform>Re&amp;vocar %n documento…</numerusform><numerusform>Re&amp;vocar %n documentos…</numerusform></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Emitido:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clave de firma:</translation>
    </message>
    <message>
        <source>Document id:</source>
        <translation>Id. del documento:</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>&amp;Imprimir de nuevo</translation>
    </message>
    <message>
        <source>Open the document's PDF to print it (it is rendered again from the signed document if its file is missing).</source>
        <translation>Abre el PDF del documento para imprimirlo (si falta el archivo, se genera de nuevo a partir del documento firmado).</translation>
    </message>
    <message>
        <source>Export .&amp;jwt…</source>
        <translation>Exportar .&amp;jwt…</translation>
    </message>
    <message>
        <source>Save the signed credential exactly as issued (vc+jwt), for systems that verify credentials.</source>
        <translation>Guarda la credencial firmada tal como se emitió (vc+jwt), para sistemas que verifican credenciales.</translation>
    </message>
    <message>
        <source>Save PDF &amp;copy…</source>
        <translation>Guardar &amp;copia del PDF…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Select a document to see its details and activity.</source>
        <translation>Seleccione un documento para ver sus datos y su actividad.</translation>
    </message>
</context>
<context>
    <name>DocumentFilterBar</name>
    <message>
        <source>Search by number, customer, type or id</source>
        <translation>Buscar por número, cliente, tipo o id.</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Buscar documentos</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Issued &amp;between</source>
        <translation>Emitidos e&amp;ntre el</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y el</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Vigentes</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocados</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Not revoked: verifiers accept it.</source>
        <translation>No revocado: los verificadores lo aceptan.</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Revocado el {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>No documents issued yet. Documents you issue appear here.</source>
        <translation>Aún no hay documentos emitidos. Los documentos que emita aparecerán aquí.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} documents</source>
        <translation>Mostrando {shown} de {total} documentos</translation>
    </message>
    <message>
        <source>The PDF file was missing; it was made again from the signed document: {path}</source>
        <translation>Faltaba el archivo PDF; se generó de nuevo a partir del documento firmado: {path}</translation>
    </message>
    <message>
        <source>The PDF could not be opened. You can find it here: {path}</source>
        <translation>No se pudo abrir el PDF. Lo encuentra aquí: {path}</translation>
    </message>
    <message>
        <source>Export the signed document</source>
        <translation>Exportar el documento firmado</translation>
    </message>
    <message>
        <source>Signed credentials (*.jwt)</source>
        <translation>Credenciales firmadas (*.jwt)</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Guardar una copia del PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Publish the revocation</source>
        <translation>Publicar la revocación</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</source>
        <translation><numerusform>%n documento revocado. Los verificadores lo ven solo cuando su lista de estado actualizada esté en su sitio web. ¿Generar ahora el paquete de publicación?</numerusform><numerusform>%n documentos revocados. Los verificadores lo ven solo cuando su lista de estado actualizada esté en su sitio web. ¿Generar ahora el paquete de publicación?</numerusform></translation>
    </message>
    <message>
        <source>Write publishing kit…</source>
        <translation>Generar paquete de publicación…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</source>
        <translation><numerusform>%n documento revocado. Los verificadores lo ven cuando importen un paquete de confianza con su lista de estado actualizada: créelo en la página Confianza.</numerusform><numerusform>%n documentos revocados. Los verificadores lo ven cuando importen un paquete de confianza con su lista de estado actualizada: créelo en la página Confianza.</numerusform></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Every document you have issued. Print one again, export it, or revoke it so that verifiers reject it.</source>
        <translation>Todos los documentos que ha emitido. Vuelva a imprimirlos, expórtelos o revóquelos para que los verificadores los rechacen.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Sello is ready</source>
        <translation>Sello está listo</translation>
    </message>
    <message>
        <source>You can now prepare and sign your export documents.</source>
        <translation>Ya puede preparar y firmar sus documentos de exportación.</translation>
    </message>
    <message>
        <source>{company} signs its documents with the key created just now.</source>
        <translation>{company} firma sus documentos con la llave que acaba de crear.</translation>
    </message>
    <message>
        <source>One thing left: publish your key on your website, so verifiers can find it. In Keys, choose “Export did.json” and place the file at {url} (your web provider can do it).</source>
        <translation>Falta una cosa: publicar su llave en su sitio web, para que los verificadores la encuentren. En Llaves, elija “Exportar did.json” y coloque el archivo en {url} (su proveedor web puede hacerlo).</translation>
    </message>
    <message>
        <source>Nothing to publish: the key is inside your identifier. When your company has a website, create a did:web key in Keys; CBP-style verifiers expect it.</source>
        <translation>No hay nada que publicar: la llave va dentro de su identificador. Cuando su empresa tenga sitio web, cree una llave did:web en Llaves; los verificadores como los de CBP la esperan.</translation>
    </message>
    <message>
        <source>You have no backup of the key yet. Make one soon in Keys → “Back up”.</source>
        <translation>Aún no tiene respaldo de la llave. Haga uno pronto en Llaves → “Respaldar”.</translation>
    </message>
    <message>
        <source>Your backup is at {path}. Keep it safe.</source>
        <translation>Su respaldo está en {path}. Guárdelo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Go to this field</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before issuing</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Click a line to go to the field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 7208.51.0060</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ADN050101AB1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date on a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileStorePage</name>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Unlocked. Press “Create key” to continue.</source>
        <translation>Desbloqueado. Pulse “Crear llave” para continuar.</translation>
    </message>
    <message>
        <source>Where to keep the private key</source>
        <translation>Dónde guardar la llave privada</translation>
    </message>
    <message>
        <source>You chose to keep private keys in an encrypted file.</source>
        <translation>Usted eligió guardar las llaves privadas en un archivo cifrado.</translation>
    </message>
    <message>
        <source>Sello will keep the private key in a file protected by a passphrase, instead of the operating system’s keyring.</source>
        <translation>Sello guardará la llave privada en un archivo protegido con una frase de contraseña, en lugar del llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>This computer has no keyring that Sello can use.</source>
        <translation>Esta computadora no tiene un llavero que Sello pueda usar.</translation>
    </message>
    <message>
        <source>Sello normally keeps private keys in the operating system’s keyring, but it does not work here. Instead, Sello can keep the key in a file protected by a passphrase. You will type that passphrase when you open Sello to sign.</source>
        <translation>Normalmente Sello guarda las llaves privadas en el llavero del sistema operativo, pero aquí no funciona. En su lugar, Sello puede guardar la llave en un archivo protegido con una frase de contraseña. Escribirá esa frase cuando abra Sello para firmar.</translation>
    </message>
    <message>
        <source>Technical detail: {reason}</source>
        <translation>Detalle técnico: {reason}</translation>
    </message>
    <message>
        <source>This computer already has such a file: {path}. Type its passphrase to use it.</source>
        <translation>Esta computadora ya tiene ese archivo: {path}. Escriba su frase de contraseña para usarlo.</translation>
    </message>
    <message>
        <source>The file will be: {path}</source>
        <translation>El archivo será: {path}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear llave</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Go to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields marked * are required. Hover over a field for help.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>Key “{name}” created. Make a backup of it now with “Back up”.</source>
        <translation>Llave “{name}” creada. Haga ahora un respaldo con “Respaldar”.</translation>
    </message>
    <message>
        <source>Key renamed to “{name}”.</source>
        <translation>La llave ahora se llama “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” now signs every new document.</source>
        <translation>“{name}” firma ahora todos los documentos nuevos.</translation>
    </message>
    <message>
        <source>A new {algorithm} key is created and signs every document from now on.</source>
        <translation>Se crea una llave {algorithm} nueva, que firma todos los documentos a partir de ahora.</translation>
    </message>
    <message>
        <source>“{name}” is kept, retired, so the documents it signed still verify.</source>
        <translation>“{name}” se conserva como retirada, así que los documentos que firmó siguen verificándose.</translation>
    </message>
    <message>
        <source>Publish the new did.json on your website afterwards: it lists both keys.</source>
        <translation>Después publique el nuevo did.json en su sitio web: contiene ambas llaves.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Reemplazar llave</translation>
    </message>
    <message>
        <source>Replace “{name}” with a new key?</source>
        <translation>¿Reemplazar “{name}” por una llave nueva?</translation>
    </message>
    <message>
        <source>New key created; the old one is retired. Make a backup of the new key now.</source>
        <translation>Llave nueva creada; la anterior quedó retirada. Haga ahora un respaldo de la llave nueva.</translation>
    </message>
    <message>
        <source>Key “{name}”, fingerprint {fingerprint}</source>
        <translation>Llave “{name}”, huella digital {fingerprint}</translation>
    </message>
    <message>
        <source>Its private part in: {store}</source>
        <translation>Su parte privada en: {store}</translation>
    </message>
    <message numerus="yes">
        <source>It signed %n document(s). Its public part is kept, so they still verify; it can no longer sign.</source>
        <translation>
            <numerusform>Firmó %n documento. Su parte pública se conserva, así que sigue verificándose; ya no puede firmar.</numerusform>
            <numerusform>Firmó %n documentos. Su parte pública se conserva, así que siguen verificándose; ya no puede firmar.</numerusform>
        </translation>
    </message>
    <message>
        <source>It signed no documents; it disappears from the list.</source>
        <translation>No firmó ningún documento; desaparece de la lista.</translation>
    </message>
    <message>
        <source>It signs new documents now: another active key, or a new one, must take its place.</source>
        <translation>Es la que firma los documentos nuevos: otra llave activa, o una nueva, debe tomar su lugar.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Eliminar llave</translation>
    </message>
    <message>
        <source>Delete the private key “{name}”?</source>
        <translation>¿Eliminar la llave privada “{name}”?</translation>
    </message>
    <message>
        <source>This is a private key. Once deleted it cannot be recovered, unless you have a backup file of it. Delete “{name}” for good?</source>
        <translation>Es una llave privada. Una vez eliminada no se puede recuperar, salvo que tenga un archivo de respaldo. ¿Eliminar “{name}” definitivamente?</translation>
    </message>
    <message>
        <source>The private key “{name}” was deleted.</source>
        <translation>Se eliminó la llave privada “{name}”.</translation>
    </message>
    <message>
        <source>Backup saved: {path}. Keep it in a safe place.</source>
        <translation>Respaldo guardado: {path}. Guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Restore a key</source>
        <translation>Restaurar una llave</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup {file}.</source>
        <translation>Escriba la frase de contraseña del respaldo {file}.</translation>
    </message>
    <message>
        <source>Key “{name}” restored from its backup.</source>
        <translation>Llave “{name}” restaurada desde su respaldo.</translation>
    </message>
    <message>
        <source>The public DID document was saved as {path}.</source>
        <translation>El documento DID público se guardó como {path}.</translation>
    </message>
    <message>
        <source>Export did.json</source>
        <translation>Exportar did.json</translation>
    </message>
    <message>
        <source>Publish it on your website at {url}, so that verifiers can find your key. It holds only public keys.</source>
        <translation>Publíquelo en su sitio web en {url}, para que los verificadores encuentren su llave. Solo contiene llaves públicas.</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>Huella digital copiada.</translation>
    </message>
    <message>
        <source>Identifier copied.</source>
        <translation>Identificador copiado.</translation>
    </message>
    <message>
        <source>Unlock the key file</source>
        <translation>Desbloquear el archivo de llaves</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Your private keys are kept in the encrypted file {path}. Type its passphrase to use them.</source>
        <translation>Sus llaves privadas se guardan en el archivo cifrado {path}. Escriba su frase de contraseña para usarlas.</translation>
    </message>
    <message>
        <source>The key file is unlocked.</source>
        <translation>El archivo de llaves está desbloqueado.</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nueva llave…</translation>
    </message>
    <message>
        <source>Create another signing key</source>
        <translation>Crear otra llave de firma</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde &amp;respaldo…</translation>
    </message>
    <message>
        <source>Bring back a key from its backup file</source>
        <translation>Recuperar una llave desde su archivo de respaldo</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Give the key a name you recognise</source>
        <translation>Dar a la llave un nombre que usted reconozca</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>Res&amp;paldar…</translation>
    </message>
    <message>
        <source>Save the key in a file protected by a passphrase</source>
        <translation>Guardar la llave en un archivo protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Export did.json…</source>
        <translation>&amp;Exportar did.json…</translation>
    </message>
    <message>
        <source>Save the public DID document to publish on your website</source>
        <translation>Guardar el documento DID público para publicarlo en su sitio web</translation>
    </message>
    <message>
        <source>&amp;Use for new documents</source>
        <translation>&amp;Usar en documentos nuevos</translation>
    </message>
    <message>
        <source>Sign every new document with this key</source>
        <translation>Firmar todos los documentos nuevos con esta llave</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Reempla&amp;zar…</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one is kept so old documents still verify</source>
        <translation>Cambiar la llave por una nueva; la anterior se conserva para que los documentos anteriores sigan verificándose</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the private key (asks twice)</source>
        <translation>Eliminar la llave privada (pregunta dos veces)</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copiar &amp;huella digital</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint</source>
        <translation>Copiar la huella digital completa</translation>
    </message>
    <message>
        <source>Copy &amp;identifier</source>
        <translation>Copiar &amp;identificador</translation>
    </message>
    <message>
        <source>Copy the identifier (DID)</source>
        <translation>Copiar el identificador (DID)</translation>
    </message>
    <message>
        <source>&amp;Unlock key file…</source>
        <translation>&amp;Desbloquear archivo de llaves…</translation>
    </message>
    <message>
        <source>Type the passphrase of the encrypted key file</source>
        <translation>Escribir la frase de contraseña del archivo cifrado de llaves</translation>
    </message>
</context>
<context>
    <name>KeyDetailsPanel</name>
    <message>
        <source>Nowhere: the private part was deleted on {date}</source>
        <translation>En ningún lado: la parte privada se eliminó el {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish did.json at {url}</source>
        <translation>Publique did.json en {url}</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Llave seleccionada</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>Llave privada guardada en:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firmó:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the identifier (DID)</source>
        <translation>Copiar el identificador (DID)</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella digital</translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message>
        <source>Sello key backups (*.sello-key)</source>
        <translation>Respaldos de llaves de Sello (*.sello-key)</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>Guardar el respaldo de la llave</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a key backup to restore</source>
        <translation>Elija el respaldo de llave que desea restaurar</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo {path} ({reason}).</translation>
    </message>
    <message>
        <source>Save the public DID document</source>
        <translation>Guardar el documento DID público</translation>
    </message>
    <message>
        <source>DID documents (*.json)</source>
        <translation>Documentos DID (*.json)</translation>
    </message>
</context>
<context>
    <name>KeyOptionsWidget</name>
    <message>
        <source>Type your company's website domain.</source>
        <translation>Escriba el dominio del sitio web de su empresa.</translation>
    </message>
    <message>
        <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
        <translation>Escriba solo el dominio, por ejemplo acerosdelnorte.mx (sin https:// ni página).</translation>
    </message>
    <message>
        <source>How verifiers find your key</source>
        <translation>Cómo encuentran su llave los verificadores</translation>
    </message>
    <message>
        <source>On your website (did:web) — recommended</source>
        <translation>En su sitio web (did:web) — recomendado</translation>
    </message>
    <message>
        <source>Your company publishes its key on its website; U.S. CBP verifiers expect this.</source>
        <translation>Su empresa publica su llave en su sitio web; los verificadores de CBP de EE. UU. esperan esto.</translation>
    </message>
    <message>
        <source>&amp;Website domain:</source>
        <translation>&amp;Dominio del sitio web:</translation>
    </message>
    <message>
        <source>Inside the identifier (did:key)</source>
        <translation>Dentro del identificador (did:key)</translation>
    </message>
    <message>
        <source>No website needed; the key is inside the identifier. Fine to start; CBP-style verifiers expect did:web.</source>
        <translation>No necesita sitio web; la llave va dentro del identificador. Sirve para empezar; los verificadores como los de CBP esperan did:web.</translation>
    </message>
    <message>
        <source>&amp;Advanced: signing algorithm</source>
        <translation>&amp;Avanzado: algoritmo de firma</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>ES384 (P-384) — recommended, the one customs verifiers expect</source>
        <translation>ES384 (P-384) — recomendado, el que esperan los verificadores de aduanas</translation>
    </message>
    <message>
        <source>Ed25519 — only if a partner asks for it</source>
        <translation>Ed25519 — solo si un socio comercial lo pide</translation>
    </message>
    <message>
        <source>A key keeps its algorithm for life.</source>
        <translation>Una llave conserva su algoritmo para siempre.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Identifier (DID)</source>
        <translation>Identificador (DID)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Guardada en</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>KeyTexts</name>
    <message>
        <source>OS keyring</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Archivo cifrado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Private part deleted; the public part is kept so the documents it signed still verify.</source>
        <translation>Parte privada eliminada; la parte pública se conserva para que los documentos que firmó sigan verificándose.</translation>
    </message>
    <message>
        <source>Retired: it no longer signs, but the documents it signed still verify.</source>
        <translation>Retirada: ya no firma, pero los documentos que firmó siguen verificándose.</translation>
    </message>
    <message>
        <source>Default: it signs every new document.</source>
        <translation>Predeterminada: firma todos los documentos nuevos.</translation>
    </message>
    <message>
        <source>Active: it can sign when you choose it.</source>
        <translation>Activa: puede firmar cuando usted la elija.</translation>
    </message>
    <message>
        <source>On the website {domain}</source>
        <translation>En el sitio web {domain}</translation>
    </message>
    <message>
        <source>Inside the identifier (no website)</source>
        <translation>Dentro del identificador (sin sitio web)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the spelling, the keyboard layout and Caps Lock, then try again.</source>
        <translation>Frase de contraseña incorrecta. Revise la ortografía, la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a different kind of Sello file. Choose a key backup file (.sello-key).</source>
        <translation>Es otro tipo de archivo de Sello. Elija un archivo de respaldo de llave (.sello-key).</translation>
    </message>
    <message>
        <source>This file is not a Sello key backup (.sello-key).</source>
        <translation>Este archivo no es un respaldo de llave de Sello (.sello-key).</translation>
    </message>
    <message>
        <source>The file is damaged or was altered, so it cannot be opened. Use another copy of it.</source>
        <translation>El archivo está dañado o fue alterado, así que no se puede abrir. Use otra copia.</translation>
    </message>
    <message>
        <source>This computer's keyring cannot keep private keys right now ({reason}).</source>
        <translation>El llavero de esta computadora no puede guardar llaves privadas en este momento ({reason}).</translation>
    </message>
    <message>
        <source>The private key is missing from {store}. Restore it from its backup file.</source>
        <translation>La llave privada no está en {store}. Restáurela desde su archivo de respaldo.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Your company signs its documents with these keys. The private part of a key stays on this computer, apart from the protected backups you make; verifiers check signatures with the public part.</source>
        <translation>Su empresa firma sus documentos con estas llaves. La parte privada de una llave se queda en esta computadora, salvo en los respaldos protegidos que usted haga; los verificadores comprueban las firmas con la parte pública.</translation>
    </message>
    <message>
        <source>Sello is not set up yet: enter your company’s details and create its signing key first.</source>
        <translation>Sello aún no está configurado: primero capture los datos de su empresa y cree su llave de firma.</translation>
    </message>
    <message>
        <source>&amp;Set up Sello…</source>
        <translation>&amp;Configurar Sello…</translation>
    </message>
    <message>
        <source>Your private keys are kept in an encrypted file. Unlock it with its passphrase to sign, back up, rotate or delete keys.</source>
        <translation>Sus llaves privadas se guardan en un archivo cifrado. Desbloquéelo con su frase de contraseña para firmar, respaldar, reemplazar o eliminar llaves.</translation>
    </message>
    <message>
        <source>No keys yet. Create one with “New key”.</source>
        <translation>Aún no hay llaves. Cree una con “Nueva llave”.</translation>
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
    <name>NewKeyDialog</name>
    <message>
        <source>New signing key</source>
        <translation>Nueva llave de firma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Signing key {year}</source>
        <translation>Llave de firma {year}</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear llave</translation>
    </message>
    <message>
        <source>Where the private key will be kept: {store}.</source>
        <translation>Dónde se guardará la llave privada: {store}.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess, like “turtle lamp river green”.</source>
        <translation>Consejo: cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar, como “tortuga lámpara río verde”.</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Demasiado corta: use al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Weak: avoid common words and runs like 1234 or qwerty. Add more words.</source>
        <translation>Débil: evite palabras comunes y secuencias como 1234 o qwerty. Agregue más palabras.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Débil: fácil de adivinar. Agregue más palabras o caracteres.</translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Aceptable. Una frase más larga sería más segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it apart from the file. Without it the file cannot be opened, and nobody can recover it for you.</source>
        <translation>Anote la frase de contraseña y guárdela separada del archivo. Sin ella el archivo no se puede abrir, y nadie puede recuperarla por usted.</translation>
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
        <source>Here you will create your company's signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</source>
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
    <name>Publishing</name>
    <message>
        <source>Set up your company and its signing key first.</source>
        <translation>Primero configure su empresa y su clave de firma.</translation>
    </message>
    <message>
        <source>The publishing kit is in {folder}.</source>
        <translation>El paquete de publicación está en {folder}.</translation>
    </message>
    <message>
        <source>Publishing kit written</source>
        <translation>Paquete de publicación generado</translation>
    </message>
    <message>
        <source>Upload everything in it, including the hidden “.well-known” folder, to the root of your website, without renaming anything. {readme} explains it for your webmaster, in Spanish and English.</source>
        <translation>Suba todo su contenido, incluida la carpeta oculta “.well-known”, a la raíz de su sitio web, sin cambiar ningún nombre. {readme} lo explica a su administrador web, en español e inglés.</translation>
    </message>
    <message>
        <source>Choose the folder for the publishing kit</source>
        <translation>Elija la carpeta para el paquete de publicación</translation>
    </message>
</context>
<context>
    <name>RenameKeyDialog</name>
    <message>
        <source>Rename key</source>
        <translation>Cambiar el nombre de la llave</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>The name is only for you; it is not part of the signature.</source>
        <translation>El nombre es solo para usted; no forma parte de la firma.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
</context>
<context>
    <name>RepeatableSection</name>
    <message>
        <source>Delete {row}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{row} and everything typed in it will be removed from this document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete {row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add {row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an empty {row} at the end</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message numerus="yes">
        <source>Revoke document(s)</source>
        <translation><numerusform>Revocar documento</numerusform><numerusform>Revocar documentos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n document(s)? This cannot be undone.</source>
        <translation><numerusform>¿Revocar %n documento? No se puede deshacer.</numerusform><numerusform>¿Revocar %n documentos? No se puede deshacer.</numerusform></translation>
    </message>
    <message>
        <source>Verifiers will reject the revoked documents once your updated status list is published (on your website, or in a trust bundle). The documents stay in your records.</source>
        <translation>Los verificadores rechazarán los documentos revocados en cuanto se publique su lista de estado actualizada (en su sitio web o en un paquete de confianza). Los documentos siguen en sus registros.</translation>
    </message>
    <message>
        <source>Documents affected:</source>
        <translation>Documentos afectados:</translation>
    </message>
    <message>
        <source>Rea&amp;son (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>For example: wrong heat number; replaced by a new certificate</source>
        <translation>Por ejemplo: número de colada equivocado; sustituido por un nuevo certificado</translation>
    </message>
    <message>
        <source>The reason is kept in the activity log; verifiers do not see it.</source>
        <translation>El motivo queda en el registro de actividad; los verificadores no lo ven.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n document(s)</source>
        <translation><numerusform>&amp;Revocar %n documento</numerusform><numerusform>&amp;Revocar %n documentos</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RowBox</name>
    <message>
        <source>Move {row} up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move {row} down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a copy of {row} below it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete {row}</source>
        <translation type="unfinished" />
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
        <source>The operating system's keyring: {name}</source>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up Sello</source>
        <translation>Configurar Sello</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SigningKeyPage</name>
    <message>
        <source>Checking where this computer can keep the private key…</source>
        <translation>Comprobando dónde puede guardar esta computadora la llave privada…</translation>
    </message>
    <message>
        <source>The private key will be kept in this computer’s keyring ({name}). It never leaves it, except in the protected backup you make next.</source>
        <translation>La llave privada se guardará en el llavero de esta computadora ({name}). Nunca sale de ahí, salvo en el respaldo protegido que hará a continuación.</translation>
    </message>
    <message>
        <source>This computer has no keyring Sello can use; the next step offers a file protected by a passphrase instead.</source>
        <translation>Esta computadora no tiene un llavero que Sello pueda usar; el siguiente paso ofrece en su lugar un archivo protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Su llave de firma</translation>
    </message>
    <message>
        <source>Sello signs every document with this key. Verifiers use its public part to check the signature.</source>
        <translation>Sello firma cada documento con esta llave. Los verificadores usan su parte pública para comprobar la firma.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear llave</translation>
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
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sello</source>
        <translation>Bienvenido a Sello</translation>
    </message>
    <message>
        <source>Let’s prepare Sello for your company. It takes about two minutes.</source>
        <translation>Preparemos Sello para su empresa. Toma unos dos minutos.</translation>
    </message>
    <message>
        <source>Sello signs your export documents, so anyone can check that they come from your company and were not changed.
It prints them with a QR code that U.S. border staff can verify, even offline.</source>
        <translation>Sello firma sus documentos de exportación, para que cualquiera pueda comprobar que vienen de su empresa y no fueron modificados.
Los imprime con un código QR que el personal fronterizo de EE. UU. puede verificar, incluso sin internet.</translation>
    </message>
    <message>
        <source>Next you will:
1. enter your company’s details,
2. create its signing key, kept safe on this computer,
3. save a protected backup copy of that key.</source>
        <translation>A continuación usted:
1. capturará los datos de su empresa,
2. creará su llave de firma, guardada de forma segura en esta computadora,
3. guardará una copia de respaldo protegida de esa llave.</translation>
    </message>
</context>
</TS>
