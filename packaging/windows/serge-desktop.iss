; Inno Setup 6 script: a per-machine installer for the Windows build of the bundle.
;
; NOT BUILT OR TESTED: the project's machines run Linux, and PyInstaller cannot cross-build. On a
; Windows machine with Python 3.11 and Inno Setup 6 (see packaging/README.md):
;
;   py -3.11 -m venv build\package-venv
;   build\package-venv\Scripts\python -m pip install -r packaging\build-requirements.txt .
;   build\package-venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller ^
;       packaging\serge-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\serge-desktop.iss
;
; The spec builds dist\serge-desktop\ with serge-desktop.exe (windowed) and serge-desktop-cli.exe
; (console, for import, list and --self-test). The installer is written to
; dist\serge-desktop-<version>-setup.exe.
;
; Users' data is never touched: the app keeps it in Qt's AppDataLocation, which on Windows is
; %APPDATA%\SergeDesktop\Serge Desktop\ (library.sqlite3, window-state.ini), in each user's profile
; and outside the install folder. The app writes nothing into {app}, so the uninstaller removes
; exactly what it installed and there is deliberately no [UninstallDelete] section.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Serge Desktop"
#define AppExe "serge-desktop.exe"
#define AppUserModelId "org.sergedesktop.SergeDesktop"

[Setup]
; The AppId identifies the product to Windows across upgrades: never change it.
AppId={{A1671ECD-21A3-4F5C-BFA7-D0736691B8FA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Serge Desktop developers
AppCopyright=GPL-3.0-or-later; the bundled article © Socialist Worker
VersionInfoVersion={#AppVersion}
; Per-machine: installing needs an administrator, into C:\Program Files\Serge Desktop.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or newer, as Qt 6 requires.
MinVersion=10.0
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=serge-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closing a running copy before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Nothing else: no Python, no registry keys of our own.
Source: "..\..\dist\serge-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry for all users (the per-machine Start menu's Programs folder).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Comment: "Study an article beside a timeline of its events and your own notes"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
