// The annals query language: an openCypher subset with Kùzu-style DDL and
// valid time. Read grammar/annals.peg for the same rules as PEG text.
#pragma once

#include "annals/grammar/statement.hpp"
