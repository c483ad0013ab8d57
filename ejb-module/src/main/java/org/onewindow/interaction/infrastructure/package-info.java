/**
 * The search engine's analysis (ADR 0014): the Lucene analyzers of the local index and the same
 * analyzers spelt as Elasticsearch/OpenSearch definitions, under the same names, so that the
 * backend is chosen by configuration alone.
 */
package org.onewindow.interaction.infrastructure;
