// Package action tests the GitHub Action of the repository (action.yml
// at its root): it runs the action's steps as a runner would, against a
// temporary git repository.
package action
