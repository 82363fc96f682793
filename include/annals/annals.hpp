// The umbrella header: everything a program needs to use annals.
#pragma once

#include "annals/bgl_view.hpp"
#include "annals/csv_loader.hpp"
#include "annals/database.hpp"
#include "annals/error.hpp"
#include "annals/format.hpp"
#include "annals/graph.hpp"
#include "annals/partial_date.hpp"
#include "annals/result.hpp"
#include "annals/schema.hpp"
#include "annals/value.hpp"
