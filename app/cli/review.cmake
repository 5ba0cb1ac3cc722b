# Review packets for career advisors (issue 7): satchel-cli review create|open.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ReviewCommand.cpp)
