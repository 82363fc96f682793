// The umbrella header: everything a program needs to use annals.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/bgl_view.hpp"
#include "annals/csv_loader.hpp"
#include "annals/database.hpp"
#include "annals/date_relations.hpp"
#include "annals/error.hpp"
#include "annals/export.hpp"
#include "annals/format.hpp"
#include "annals/graph.hpp"
#include "annals/limits.hpp"
#include "annals/partial_date.hpp"
#include "annals/procedure.hpp"
#include "annals/result.hpp"
#include "annals/schema.hpp"
#include "annals/value.hpp"
