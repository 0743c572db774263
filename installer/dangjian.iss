; Inno Setup 6 script for 党支部工作台账 (dangjian-desktop). Built by build_installer.py on Windows:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=dist\dangjian-desktop /DOutputDir=dist installer\dangjian.iss
; Per-user install, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs.
; The data folder (%LOCALAPPDATA%\dangjian-desktop, with its backups) is not under {app}: uninstalling the
; program never touches it. Nothing in [UninstallDelete] may point at it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\dangjian-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "党支部工作台账"

[Setup]
AppId={{6B8E2C1A-4D7F-4E0B-9A51-3C2D7F1E8A40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\DangjianDesktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=dangjian-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\dangjian-desktop.exe
UninstallDisplayName={#AppName}
CloseApplications=yes
ShowLanguageDialog=no

[Languages]
; ChineseSimplified.isl is an unofficial Inno Setup translation: put it into the Inno Setup "Languages" folder
; (https://jrsoftware.org/files/istrans/). Without it the wizard is in English; the app itself is Chinese.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
Name: "english"; MessagesFile: "compiler:Default.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\dangjian-desktop.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\卸载{#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\dangjian-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\dangjian-desktop.exe"; Description: "现在启动{#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself may leave inside {app}; the data folder lives elsewhere and is kept
Type: filesandordirs; Name: "{app}\__pycache__"
