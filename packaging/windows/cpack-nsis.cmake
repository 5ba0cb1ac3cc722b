# Windows installer through CPack's NSIS generator (included from packaging/CMakeLists.txt on WIN32).
# Qt's DLLs and plugins must be next to satchel.exe before packaging: see packaging/windows/README.md
# (windeployqt). WiX (CPACK_GENERATOR WIX) works the same way if an MSI is preferred.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Satchel")
set(CPACK_NSIS_DISPLAY_NAME "Satchel ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\satchel.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/satchel.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/satchel.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Satchel.lnk' '$INSTDIR\\\\bin\\\\satchel.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Satchel.lnk'")
# Register the review-packet extension so double-clicking a .satchel-review opens Satchel.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".satchel-review" "" "Satchel.ReviewPacket"
  WriteRegStr HKCR "Satchel.ReviewPacket" "" "Satchel review packet"
  WriteRegStr HKCR "Satchel.ReviewPacket\DefaultIcon" "" "$INSTDIR\bin\satchel.exe,0"
  WriteRegStr HKCR "Satchel.ReviewPacket\shell\open\command" "" '"$INSTDIR\bin\satchel.exe" "%1"'
  WriteRegStr HKCR "openid-credential-offer" "" "URL:OpenID credential offer"
  WriteRegStr HKCR "openid-credential-offer" "URL Protocol" ""
  WriteRegStr HKCR "openid-credential-offer\shell\open\command" "" '"$INSTDIR\bin\satchel.exe" "%1"'
  WriteRegStr HKCR "dccrequest" "" "URL:Credential request"
  WriteRegStr HKCR "dccrequest" "URL Protocol" ""
  WriteRegStr HKCR "dccrequest\shell\open\command" "" '"$INSTDIR\bin\satchel.exe" "%1"'
  WriteRegStr HKCR "openid4vp" "" "URL:OpenID presentation request"
  WriteRegStr HKCR "openid4vp" "URL Protocol" ""
  WriteRegStr HKCR "openid4vp\shell\open\command" "" '"$INSTDIR\bin\satchel.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".satchel-review"
  DeleteRegKey HKCR "Satchel.ReviewPacket"
  DeleteRegKey HKCR "openid-credential-offer"
  DeleteRegKey HKCR "dccrequest"
  DeleteRegKey HKCR "openid4vp"
]=])
if(NOT EXISTS "${CMAKE_CURRENT_LIST_DIR}/satchel.ico")
    # No .ico committed yet: let NSIS use its default icon rather than failing.
    unset(CPACK_NSIS_MUI_ICON)
    unset(CPACK_NSIS_MUI_UNIICON)
endif()
