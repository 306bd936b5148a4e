// custom-elements.json, read by Storybook's docs, editors and package.json's `customElements`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Modules in path order: the analyzer lists them in the file system's order, which
      // differs between two clones, and CI compares the committed manifest with a new one.
      name: 'creative-nodes:stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    {
      // Tags are registered through defineElement() in each define.ts, which the analyzer
      // cannot see: name each class's tag from its HTMLElementTagNameMap entry instead.
      name: 'creative-nodes:tag-names',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isInterfaceDeclaration(node) || node.name.getText() !== 'HTMLElementTagNameMap') return;
        for (const member of node.members) {
          const tag = member.name?.getText().replace(/['"]/g, '');
          const className = member.type?.getText();
          const declaration = moduleDoc.declarations?.find((item) => item.name === className);
          if (!tag || !declaration) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: moduleDoc.path } }];
        }
      },
    },
  ],
};
