# SPDX-License-Identifier: MIT
# The Debian package (tools/dev package): both programs, the desktop entry, the AppStream
# metainfo, the icon, a manual page for each program, and the dependencies dpkg-shlibdeps finds.
# Installed under the package's name, as Debian keeps a package's documents.
set(CMAKE_INSTALL_DOCDIR share/doc/better-births-clinic)
include(GNUInstallDirs)
install(TARGETS bbclinic bbclinic-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES packaging/uk.nhs.betterbirths.clinic.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/uk.nhs.betterbirths.clinic.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES packaging/icons/uk.nhs.betterbirths.clinic.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# Each manual page is the program's own --help, laid out by help2man, so the two cannot disagree.
# Not for a sanitizer build, which is never installed, and whose programs report at exit.
if(NOT BB_SANITIZE)
  find_program(HELP2MAN help2man REQUIRED)
  set(manual_pages "")
  foreach(program IN ITEMS bbclinic bbclinic-cli)
    if(program STREQUAL "bbclinic")
      set(what "the Better Births Clinic app for community midwives")
    else()
      set(what "the Better Births Clinic command line: records, care plans and exports")
  endif()
  add_custom_command(OUTPUT ${program}.1.gz
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            ${HELP2MAN} --no-info --output=${program}.1 "--name=${what}"
            --version-string=${PROJECT_VERSION} $<TARGET_FILE:${program}>
    COMMAND gzip -9nf ${program}.1
    DEPENDS ${program}
    COMMENT "Writing the manual page of ${program}")
  list(APPEND manual_pages ${CMAKE_CURRENT_BINARY_DIR}/${program}.1.gz)
endforeach()
add_custom_target(manual-pages ALL DEPENDS ${manual_pages})
install(FILES ${manual_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
# Debian keeps a changelog with every package (packaging/changelog, in Debian's format).
add_custom_command(OUTPUT changelog.gz
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/changelog > changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog)
add_custom_target(package-changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
set(CPACK_PACKAGE_NAME "better-births-clinic")
set(CPACK_PACKAGE_CONTACT "Better Births Clinic developers <maintainers@better-births-clinic.invalid>")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON) # debugging symbols stay in the build, not on every laptop
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the libraries' packages, as dpkg-shlibdeps finds them
# Loaded at run time, so no library dependency names them: the SQLite and PostgreSQL drivers.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wraps nothing: each line of the long description is kept under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION "Better Births Clinic books a woman, plans her care with her, and
sees her through pregnancy, birth and the weeks after with the same small
team of midwives. It works offline on a clinic laptop with a local SQLite
file, or on a team's PostgreSQL server.")
include(CPack)
