/** The watchlist config file ({@code .hypecheck.yaml}): defaults for paths, rubrics, plugins, formats, fail conditions, excludes and exemptions. */
package io.hypecheck.config;
