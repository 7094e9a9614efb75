; Inno Setup 6 script: Sello's Windows installer, made from PyInstaller's dist\sello\ folder.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\sello.iss
;     -> dist\sello-0.1.0-windows-x64-setup.exe
;
; The CI workflow (.github/workflows/installers.yml) passes the version read from
; pyproject.toml. Installs per user by default (exporters are rarely administrators);
; the dialog offers "for all users" to those who are. A Start-menu entry, an optional
; desktop icon and an uninstaller ("Apps & features"). Uninstalling removes the program
; only: the user's data folder (%APPDATA%\Sello: documents, database) and the signing
; keys in Windows Credential Manager stay, so reinstalling never loses a company's key.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\sello.iss
#endif
#define AppName "Sello"
#define AppExe "sello.exe"
#define SourceDir "..\..\dist\sello"

[Setup]
AppId={{B695C33C-0251-4B85-B188-3946C95EDC65}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sello
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\sello.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=sello-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: sello.exe and _internal\ (Python, Qt, resources)
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an older version's _internal\ may hold modules this version no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Comment: "Sello"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
