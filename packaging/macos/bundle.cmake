# macOS bundle and DMG settings (included from packaging/CMakeLists.txt only if(APPLE)).
# The satchel target is already MACOSX_BUNDLE (app/gui/CMakeLists.txt); this gives it our Info.plist.
if(SATCHEL_BUILD_UI)
    set_target_properties(satchel PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.satchel.Satchel"
        MACOSX_BUNDLE_BUNDLE_NAME "Satchel"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "satchel.icns"
        MACOSX_BUNDLE_COPYRIGHT "The Satchel developers")
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Satchel")
set(CPACK_DMG_FORMAT "UDZO")
